// The language links of a page (nav.lang-switch) become a switch: every widget's `lang` attribute changes in
// place and the widgets re-render in that language; the address keeps ?lang= for a reload or a shared link.

/** @param {string} lang */
function switchTo(lang) {
  for (const element of document.querySelectorAll('*')) {
    if (element.localName.startsWith('sco-')) element.setAttribute('lang', lang);
  }
  for (const link of document.querySelectorAll('nav.lang-switch a[data-lang]')) {
    if (link.getAttribute('data-lang') === lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
}

for (const nav of document.querySelectorAll('nav.lang-switch')) {
  nav.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-lang]') : null;
    const lang = link?.getAttribute('data-lang');
    if (!lang) return;
    event.preventDefault();
    switchTo(lang);
  });
}
