// One measurement of the first-render benchmark, in a browser context of its own (a cold HTTP cache, new
// connections): open the scenario's page (its elements, no script), start the clock, add the script tags and
// stop it when every element has rendered its data (its `sco-load` event).

/* global document, performance, setTimeout -- the function given to page.evaluate runs in the page */

/**
 * `tags`: the module `script` and the modules to preload first (`<link rel="modulepreload">`, as the embed
 * builder's snippet does); `network`: Chromium's network emulation (latency, throughput) or null. Gives the
 * ms from adding the tags to the last element's first render, and the URLs the page fetched.
 */
export async function measure(browser, url, { script, preloads }, count, network) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (network) await page.emulateNetworkConditions(network);
    const fetched = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch') fetched.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    const time = await page.evaluate(
      (src, modules, expected) =>
        new Promise((resolve, reject) => {
          const rendered = new Set();
          const start = performance.now();
          document.addEventListener('sco-load', (event) => {
            rendered.add(event.target);
            if (rendered.size === expected) resolve(performance.now() - start);
          });
          document.addEventListener('sco-error', (event) => {
            reject(new Error(`${event.target.localName}: ${event.detail.message}`));
          });
          setTimeout(() => {
            // The widgets not rendered yet, with their status attribute, so that a stalled load says which.
            const missing = [...document.body.children]
              .filter((element) => element.localName.startsWith('sco-') && !rendered.has(element))
              .map((element) => `${element.localName} (${element.getAttribute('status') ?? 'not upgraded'})`);
            reject(
              new Error(
                `${rendered.size} of ${expected} rendered after 30 s; waiting: ${missing.join(', ')}`,
              ),
            );
          }, 30_000);
          for (const module of modules) {
            const link = document.createElement('link');
            link.rel = 'modulepreload';
            link.href = module;
            document.head.append(link);
          }
          const element = document.createElement('script');
          element.type = 'module';
          element.src = src;
          document.head.append(element);
        }),
      script,
      preloads,
      count,
    );
    return { time, fetched };
  } finally {
    await context.close();
  }
}
