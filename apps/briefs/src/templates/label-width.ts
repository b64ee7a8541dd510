/** Noto Sans's advance widths, roughly and never under: narrow and wide letters, capitals, the rest. */
function charEm(character: string): number {
  if (/[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/.test(character)) return 1;
  if (/[mwMW]/.test(character)) return 0.92;
  if (/[ijlftrI.,;:'’ ()\u00A0\u202F-]/.test(character)) return 0.36;
  if (/[A-Z]/.test(character)) return 0.7;
  return 0.6;
}

/**
 * The width (in em) a short label needs so that it takes at most two lines: the widest line of its best
 * split into two at a space (each character at its rough Noto Sans width; wide characters, CJK and
 * full-width punctuation, at 1 em). A label without a space is one line.
 */
export function twoLineEm(label: string): number {
  const width = (text: string) => {
    let em = 0;
    for (const character of text) em += charEm(character);
    return em;
  };
  const words = label.trim().split(/\s+/);
  let best = width(words.join(' '));
  for (let at = 1; at < words.length; at++) {
    best = Math.min(best, Math.max(width(words.slice(0, at).join(' ')), width(words.slice(at).join(' '))));
  }
  return best;
}
