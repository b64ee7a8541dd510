/**
 * Defines a custom element unless its tag is already taken: the widgets' script may be included twice (two
 * versions, or the bundle and a single widget from another URL) and the first definition stays.
 */
export function defineOnce(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
