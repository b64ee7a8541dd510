import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml, html, jsonForScript, safeLinkUrl } from './html.js';

describe('markup', () => {
  it('escapes every interpolated text, in text and in attributes', () => {
    const hostile = `<script>alert("x")</script> & 'quotes'`;
    const out = html`<p title="${hostile}">${hostile}</p>`.value;
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    );
    expect(escapeHtml('<iframe src="file:///etc/passwd">')).not.toMatch(/[<>"]/);
  });

  it('keeps markup built by html, joins lists and drops empty values', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${[1, 'a', null, false, undefined]}</p>`.value).toBe('<p><b>&lt;i&gt;</b>1a</p>');
  });

  it('links only http and https addresses', () => {
    expect(safeLinkUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeLinkUrl('HTTP://Example.org/')).toBe('http://example.org/');
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('file:///etc/passwd')).toBeNull();
    expect(safeLinkUrl('not a url')).toBeNull();
  });

  it('writes CSS strings that nothing can close', () => {
    const out = cssString('a"b\\c</style>{}\n@import');
    expect(out.slice(1, -1)).not.toMatch(/["\\<>{}\n@](?![0-9a-f]+ )/);
    expect(out).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e \\7b \\7d \\a \\40 import"');
  });

  it('embeds JSON that cannot close its script element', () => {
    const out = jsonForScript({ title: '</script><script>alert(1)</script>', amp: '&', ls: '\u2028' });
    expect(out).not.toContain('<');
    expect(JSON.parse(out)).toEqual({ title: '</script><script>alert(1)</script>', amp: '&', ls: '\u2028' });
  });
});
