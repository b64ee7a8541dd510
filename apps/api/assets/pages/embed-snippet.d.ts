/** One module a page loads and the SRI hash it is checked against. */
export interface ModuleRef {
  readonly file: string;
  readonly integrity: string;
}

export interface SnippetOptions {
  /** Where the files are, ending in "/": `<origin>/widgets/<version>/` or `<origin>/widgets/latest/`. */
  readonly base: string;
  readonly tag: string;
  /** The element's attributes in order; `true` writes a boolean attribute. */
  readonly attributes: readonly (readonly [string, string | true])[];
  readonly script: ModuleRef;
  /** The modules the script imports, each preloaded with its hash when `integrity` is on. */
  readonly preloads: readonly ModuleRef[];
  /** Write integrity hashes (versioned URLs only: the files behind `latest` change). */
  readonly integrity: boolean;
}

export function escapeAttribute(value: string): string;
export function embedSnippet(options: SnippetOptions): string;
