import type { Plugin } from 'vite';

/**
 * Lit's `html`, `svg` and `css` templates keep their text as written: the minifier leaves template text alone,
 * so the indentation of every template reached the built files. This scans a module's source (strings,
 * comments and nested templates skipped as the language reads them) and rewrites only the text of those
 * tagged templates, never their expressions:
 * - `html` and `svg`: a run of whitespace that holds a line break becomes one space (what the browser renders
 *   anyway: text keeps its words apart, attribute values their tokens);
 * - `css`: comments go, whitespace runs become one space, and the spaces around `{`, `}`, `;`, `,`, `>` and
 *   after `:` go, outside quoted strings (`content: ': '` keeps its text).
 * A module whose source it cannot read to the end (a regular expression holding a quote, say) is left as it is.
 */
export function minifyTemplates(code: string): string {
  let out = '';
  let i = 0;

  const fail = (): never => {
    throw new SyntaxError('unbalanced source');
  };

  /** Copies a quoted string from i (at its quote). */
  const string = (quote: string) => {
    const start = i++;
    while (i < code.length && code[i] !== quote) {
      if (code[i] === '\\') i++;
      else if (code[i] === '\n') fail();
      i++;
    }
    if (i >= code.length) fail();
    i++;
    out += code.slice(start, i);
  };

  /** Copies a template from i (at its backtick), minifying its text when it is tagged. */
  const template = (tag: 'html' | 'css' | undefined) => {
    out += '`';
    i++;
    let text = '';
    const flush = () => {
      out += tag === 'css' ? minifyCss(text) : tag ? text.replace(/\s*\n\s*/g, ' ') : text;
      text = '';
    };
    for (;;) {
      if (i >= code.length) fail();
      const char = code[i] as string;
      if (char === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (char === '`') {
        flush();
        out += '`';
        i++;
        return;
      } else if (char === '$' && code[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        expression(true);
      } else {
        text += char;
        i++;
      }
    }
  };

  /** Copies code from i up to the `}` that closes an expression (inner) or to the end. */
  const expression = (inner: boolean) => {
    let depth = 0;
    while (i < code.length) {
      const char = code[i] as string;
      if (char === '"' || char === "'") string(char);
      else if (char === '`') {
        const tag = /(?:^|[^\w$.])(html|svg|css)\s*$/.exec(out)?.[1];
        template(tag === 'css' ? 'css' : tag ? 'html' : undefined);
      } else if (char === '/' && code[i + 1] === '/') {
        const end = code.indexOf('\n', i);
        const stop = end === -1 ? code.length : end;
        out += code.slice(i, stop);
        i = stop;
      } else if (char === '/' && code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2);
        if (end === -1) fail();
        out += code.slice(i, end + 2);
        i = end + 2;
      } else {
        if (char === '{') depth++;
        if (char === '}') {
          if (inner && depth === 0) {
            out += '}';
            i++;
            return;
          }
          depth--;
        }
        out += char;
        i++;
      }
    }
    if (inner) fail();
  };

  try {
    expression(false);
    return out;
  } catch (error) {
    if (error instanceof SyntaxError) return code;
    throw error;
  }
}

/** The text of a `css` template without comments and with the whitespace CSS does not need. */
function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':'),
    )
    .join('');
}

/** The Vite plugin: every TypeScript module of the widgets. */
export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'sco-minify-templates',
    transform(code, id) {
      if (!id.endsWith('.ts') || id.includes('node_modules') || !/(?:html|svg|css)`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
