import { describe, expect, it } from 'vitest';
import { escapeHtml, markup, trusted } from './html.js';

describe('markup templates', () => {
  it('escape every interpolated value, in content and in attributes', () => {
    const evil = `"><script>alert('x')</script>&`;
    expect(markup`<p title="${evil}">${evil}</p>`.toString()).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">' +
        '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>',
    );
  });

  it('keep nested templates and trusted markup, join lists and print nothing for null, undefined and false', () => {
    const items = ['a<b', 'c'].map((item) => markup`<li>${item}</li>`);
    expect(markup`<ul>${items}</ul>${null}${undefined}${false}${0}${trusted('<hr>')}`.toString()).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul>0<hr>',
    );
  });

  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
