/** Languages every user-facing text of the Observatory is written in. */
export const LANGS = ['en', 'fr', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every supported language. */
export type Localized = Readonly<Record<Lang, string>>;

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
