/**
 * The form text is searched in: Unicode NFKC (so full-width "ＤＩＮ" is "DIN" and a decomposed "é" is the
 * composed one), then lower case, and every run of white space (line breaks included) as one space — so a
 * normalised text holds no line break, and the line break can separate the fields of an index. Accents are
 * kept: "metrologie" does not find "métrologie".
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
}
