// The landing page: choosing a partner on the map shows its profile card beside it.
const map = document.querySelector('sco-map');
const aside = document.getElementById('partner-profile');

map?.addEventListener('sco-select', (event) => {
  const detail = /** @type {CustomEvent<{ code: string; name: string; kind: string }>} */ (event).detail;
  if (!aside || detail.kind === 'group') return;
  event.preventDefault();
  let card = aside.querySelector('sco-partner');
  if (!card) {
    card = document.createElement('sco-partner');
    aside.replaceChildren(card);
  }
  card.setAttribute('lang', map.getAttribute('lang') ?? 'en');
  card.setAttribute('partner', detail.code);
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  aside.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
});
