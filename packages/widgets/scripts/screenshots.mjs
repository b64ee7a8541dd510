// Screenshots of the built widgets on a page that behaves like a partner site: served from its own origin with
// a strict Content-Security-Policy (no inline script or style), in each language and theme, with inline
// fixture data (print mode) and, when an API is given, with live data.
//   node scripts/screenshots.mjs --out <folder> [--api http://127.0.0.1:3000] [--width 375] [--lang en]
// (--width: the viewport's width, 1280 by default; below 700 px the page is one column, as on a phone.)
// Chromium: CHROMIUM_PATH, else the one in @sparticuz/chromium. Reports console errors and CSP violations.
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { URLSearchParams } from 'node:url';
import { parseArgs } from 'node:util';
import chromium from '@sparticuz/chromium';
import { chromium as playwright } from 'playwright';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    api: { type: 'string' },
    width: { type: 'string', default: '1280' },
    lang: { type: 'string' },
  },
});
const viewportWidth = Number(values.width);
if (!values.out) {
  console.error('usage: screenshots.mjs --out <folder> [--api <API base URL>]');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'src', 'test-support', 'fixtures');
const api = values.api ? new URL(values.api).origin : null;

const PAGE_CSS = `body{font-family:"Noto Sans",system-ui,sans-serif;margin:0;padding:24px;background:#f6f3ee;color:#222}
body.dark{background:#0d0f12;color:#ddd}main{display:grid;grid-template-columns:1fr 1fr;gap:20px;max-width:1200px}
.wide{grid-column:1/-1}h1{font-size:20px;margin:0 0 16px}
@media (max-width:700px){body{padding:12px}main{grid-template-columns:minmax(0,1fr)}}`;

const PAGE_JS = `const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'en';
const theme = params.get('theme') ?? 'light';
const mode = params.get('mode') ?? 'inline';
const api = params.get('api');
document.documentElement.lang = lang;
if (theme === 'dark') document.body.classList.add('dark');
addEventListener('securitypolicyviolation', (event) => console.error('CSP violation', event.violatedDirective, event.blockedURI));
const widgets = [
  ['sco-figure', { indicator: 'agreements' }, 'indicator-total-en.json'],
  ['sco-figure', { indicator: 'bri_share' }, 'indicator-share-fr.json'],
  ['sco-timeline', { class: 'wide' }, 'indicator-year-' + (lang === 'zh' ? 'zh' : 'en') + '.json', 'tallies-' + (lang === 'zh' ? 'zh' : 'en') + '.json'],
  ['sco-map', { class: 'wide', 'partner-href': '/partners/{code}' }, 'partners.json'],
  ['sco-breakdown', { by: 'type' }, 'indicator-type-' + lang + '.json'],
  ['sco-partner', { partner: 'RUS' }, 'partner-rus-' + (lang === 'zh' ? 'zh' : 'en') + '.json'],
  ['sco-agreements', { class: 'wide', 'page-size': '8' }, 'agreements.json', 'partners.json'],
  ['sco-scatter', { class: 'wide' }, 'soft-hard-' + (lang === 'fr' ? 'fr' : 'en') + '.json'],
  ['sco-network', { class: 'wide' }, 'patchwork-2013-2019-en.json'],
];
const main = document.querySelector('main');
const load = (file) => fetch('/fixtures/' + file).then((response) => response.json());
for (const [tag, attributes, data, extra] of widgets) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('lang', lang);
  element.setAttribute('theme', theme);
  if (mode === 'live') {
    element.setAttribute('api', api);
  } else {
    // Print mode: the data is set before the element is connected, so nothing is fetched.
    if (extra) element[tag === 'sco-timeline' ? 'tallies' : 'partners'] = await load(extra);
    element.data = await load(data);
  }
  main.append(element);
}
await Promise.all(['sco-map', 'sco-scatter', 'sco-network'].map((tag) => customElements.whenDefined(tag)));
const all = [...main.children];
const settled = () => all.every((element) => element.getAttribute('status') !== 'loading');
while (!settled()) await new Promise((resolve) => setTimeout(resolve, 50));
await Promise.all(all.map((element) => element.updateComplete));
document.body.dataset.ready = 'true';
`;

function page() {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Partner site</title>
<link rel="stylesheet" href="/page.css"><script type="module" src="/widgets/sco-widgets.js"></script>
<script type="module" src="/widgets/sco-scatter.js"></script><script type="module" src="/widgets/sco-network.js"></script>
<script type="module" src="/page.js"></script></head><body><h1>A partner site</h1><main></main></body></html>`;
}

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.html': 'text/html',
};
const csp = [
  "default-src 'none'",
  `script-src 'self'${api ? ` ${api}` : ''}`,
  `connect-src 'self'${api ? ` ${api}` : ''}`,
  "style-src 'self'",
  'img-src blob:',
].join('; ');

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file;
  if (url.pathname === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': csp });
    res.end(page());
    return;
  }
  if (url.pathname === '/page.js' || url.pathname === '/page.css') {
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(url.pathname)] });
    res.end(url.pathname === '/page.js' ? PAGE_JS : PAGE_CSS);
    return;
  }
  if (url.pathname.startsWith('/widgets/'))
    file = path.join(root, 'dist', url.pathname.slice('/widgets/'.length));
  if (url.pathname.startsWith('/fixtures/')) file = path.join(fixtures, path.basename(url.pathname));
  try {
    if (!file || !file.startsWith(root)) throw new Error('not found');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = process.env.CHROMIUM_PATH || (await chromium.executablePath());
const browser = await playwright.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
await mkdir(values.out, { recursive: true });
let problems = 0;
try {
  const modes = api ? ['inline', 'live'] : ['inline'];
  for (const mode of modes) {
    for (const lang of values.lang ? [values.lang] : ['en', 'fr', 'zh']) {
      for (const theme of ['light', 'dark']) {
        const context = await browser.newContext({
          viewport: { width: viewportWidth, height: 900 },
          colorScheme: theme,
        });
        const tab = await context.newPage();
        tab.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') {
            problems += message.type() === 'error' ? 1 : 0;
            console.log(`[${mode} ${lang} ${theme}] ${message.type()}: ${message.text()}`);
          }
        });
        tab.on('response', (response) => {
          if (response.status() >= 400)
            console.log(`[${mode} ${lang} ${theme}] ${response.status()} ${response.url()}`);
        });
        tab.on('pageerror', (error) => {
          problems += 1;
          console.log(`[${mode} ${lang} ${theme}] uncaught: ${error.message}`);
        });
        const query = new URLSearchParams({ lang, theme, mode, ...(api ? { api } : {}) });
        await tab.goto(`${origin}/?${query}`);
        await tab.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
        const file = path.join(values.out, `widgets-${mode}-${lang}-${theme}-${viewportWidth}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        console.log(file);
        const elements = await tab.$$('main > *');
        for (const [index, element] of elements.entries()) {
          const name = await element.evaluate((node) => node.localName);
          await element.screenshot({
            path: path.join(values.out, `${mode}-${lang}-${theme}-${viewportWidth}-${index}-${name}.png`),
          });
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (problems > 0) {
  console.error(`${problems} console errors or uncaught exceptions`);
  process.exitCode = 1;
}
