/** A Chinese character (Han). */
const HAN = '\\p{Script=Han}';
/**
 * A Chinese character or a mark only Chinese uses (not the curly quotation marks English shares with it), which
 * opens or ends a Chinese phrase.
 */
const CHINESE = '[\\p{Script=Han}，。、：；！？（）《》【】「」]';
/** Spaces the one spacing rule or a template may put between two runs. */
const GAP = '[ \\u00a0\\u202f]*';

/**
 * ASCII marks other than parentheses, beside Chinese characters. "?" is left out: a page's lost character
 * prints as one, and a verbatim quote keeps it ("《中国?越南标准合作备忘录》").
 */
const MARKS: readonly (readonly [string, RegExp])[] = [
  ['ASCII , : ; ! after Chinese', new RegExp(`${CHINESE}${GAP}[,:;!]`, 'u')],
  ['ASCII , : ; ! before Chinese', new RegExp(`[,:;!]${GAP}${HAN}`, 'u')],
  ['ASCII " beside Chinese', new RegExp(`${CHINESE}${GAP}"|"${GAP}${CHINESE}`, 'u')],
  ['ASCII full stop after Chinese', new RegExp(`${HAN}\\.(?=\\s|$|${HAN})`, 'u')],
  // A range of numbers in a Chinese phrase joins its ends with the full-width tilde (core's formatNumberRange:
  // "42～93"); an en dash or a hyphen reads as a subtraction. A Latin run keeps its own ("pp. 3–5"), a date
  // its hyphens ("2016-09-14").
  [
    'range with a dash in Chinese (write ～)',
    new RegExp(
      `${HAN}[^\\p{Script=Latin}]{0,12}?\\d%?${GAP}(?:–|-(?!\\d{2}(?:-\\d{2})?(?!\\d)))${GAP}[−+]?\\d|\\d%?${GAP}–${GAP}[−+]?\\d[^\\p{Script=Latin}]{0,12}?${HAN}`,
      'u',
    ),
  ],
];

/** A pair of ASCII parentheses, with what is before and after it. */
const PAIR = new RegExp(`(${CHINESE}?)(${GAP})(\\S?)\\(([^()]*)\\)(${GAP}${HAN})?`, 'gu');

/**
 * Whether a pair of ASCII parentheses stands in a Chinese sentence, the sentence around it deciding: it follows
 * Chinese, or Chinese follows it where it is not part of a Latin word ("http(s) 网址" is). A Chinese word in
 * parentheses inside an English sentence keeps English ones ("Signed again (继续签订) in December").
 */
function chineseParentheses(text: string): string | null {
  for (const match of text.matchAll(PAIR)) {
    const [whole, before = '', gap = '', attached = '', , after] = match;
    const inWord = gap === '' && /[\p{L}\p{N}]/u.test(attached);
    if (before !== '' || (after !== undefined && !inWord)) return whole;
  }
  // A parenthesis without its pair, beside Chinese.
  const single = new RegExp(`${CHINESE}${GAP}[()]|[()]${GAP}${HAN}`, 'u').exec(text.replace(PAIR, ''));
  return single?.[0] ?? null;
}

/**
 * The defects of Chinese punctuation in a text, each named with the text around it: ASCII marks where Chinese
 * typography asks for the full-width ones (，：；！（）“”。), beside a Chinese character, spaces between them
 * or not. ASCII stays inside Latin runs: a URL, a code ("GB/T 1.1"), an English title, a formula
 * ("(N_A + N_B)。"), a host written in Chinese ("徐小明.com"). Empty when the text punctuates as Chinese does.
 */
export function chinesePunctuationDefects(text: string): string[] {
  // A template's placeholder stands for what it will hold: "第 {from}–{to} 项" is a range of numbers.
  const filled = text.replace(/\{\w+\}/g, '0');
  const found = MARKS.flatMap(([defect, pattern]) => {
    const match = pattern.exec(filled);
    return match ? [`${defect}: ${match[0]}`] : [];
  });
  const parentheses = chineseParentheses(text);
  return parentheses === null ? found : [...found, `ASCII ( ) in Chinese: ${parentheses}`];
}
