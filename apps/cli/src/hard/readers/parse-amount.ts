/**
 * A deal amount in whole USD millions as the tracker writes it: "$\t1.740", "$ 1,740", "1740" or "500".
 * A dot or comma between groups of three digits separates thousands ("1.740" is 1,740). Null when the text
 * is not such an amount.
 */
export function parseWholeMillions(text: string): number | null {
  const bare = text.replace(/[$\s\u00a0]/g, '');
  if (/^\d+$/.test(bare)) return Number(bare);
  if (/^\d{1,3}([.,]\d{3})+$/.test(bare)) return Number(bare.replace(/[.,]/g, ''));
  return null;
}

/** A plain whole number ("250"), or null. */
export function parseWhole(text: string): number | null {
  const bare = text.trim();
  if (!/^\d+$/.test(bare)) return null;
  return Number(bare);
}
