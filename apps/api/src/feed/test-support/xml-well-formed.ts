/**
 * A small well-formedness check for the XML this API writes (no DTD, no CDATA, no comments, no processing
 * instructions but the declaration): every tag closed in order, one root element, attribute values quoted,
 * and no raw "<", stray "&" or "]]>" in text. Returns the element names in document order; throws on the
 * first problem. There is no XML parser among the dependencies; this is enough to catch broken escaping.
 */
export function checkWellFormed(xml: string): string[] {
  const NAME = '[A-Za-z_][A-Za-z0-9._:-]*';
  const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g;
  const checkText = (text: string, where: string): void => {
    if (text.includes('<')) throw new Error(`raw "<" in ${where}`);
    if (text.replace(ENTITY, '').includes('&')) throw new Error(`stray "&" in ${where}`);
    if (text.includes(']]>')) throw new Error(`"]]>" in ${where}`);
  };
  let rest = xml.replace(/^<\?xml [^?]*\?>/, '');
  if (rest === xml) throw new Error('no XML declaration');
  const stack: string[] = [];
  const names: string[] = [];
  let roots = 0;
  const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root element');
    checkText(text, `the content of <${stack.at(-1) ?? '(none)'}>`);
    if (lt === -1) break;
    rest = rest.slice(lt);
    const match = tag.exec(rest);
    if (!match) throw new Error(`malformed tag at: ${rest.slice(0, 40)}`);
    const [whole, closing, name = '', attributes = '', selfClosing] = match;
    for (const attribute of attributes.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      checkText(attribute[1] ?? attribute[2] ?? '', `an attribute of <${name}>`);
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? '(nothing)'}>`);
    } else {
      if (stack.length === 0 && ++roots > 1) throw new Error('more than one root element');
      names.push(name);
      if (!selfClosing) stack.push(name);
    }
    rest = rest.slice(whole.length);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error('no root element');
  return names;
}
