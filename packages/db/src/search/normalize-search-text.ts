/**
 * The form text is searched in: Unicode NFKC (so full-width "ＤＩＮ" is "DIN" and a decomposed "é" is the
 * composed one), then lower case. Accents are kept: "metrologie" does not find "métrologie".
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
