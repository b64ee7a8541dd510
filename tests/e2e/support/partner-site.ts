import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listen, type RunningServer } from './listen.js';

/** A partner's website: plain HTML files in a folder, served as they are from an origin of its own. */
export interface PartnerSite extends RunningServer {
  /** Writes `<name>.html` and gives its URL. */
  publish(name: string, html: string): Promise<string>;
}

/**
 * A static server of plain HTML files on another loopback port than the API's, each answered with the
 * Content-Security-Policy `csp` when one is given. Anything but a published page is a 404.
 */
export async function startPartnerSite(csp?: string): Promise<PartnerSite> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sco-e2e-site-'));
  const server = await listen((req, res) => {
    const name = /^\/([\w-]+\.html)$/.exec(new URL(req.url ?? '/', 'http://site').pathname)?.[1];
    const answer = name ? readFile(path.join(dir, name)) : Promise.reject(new Error('not a page'));
    answer.then(
      (body) => {
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          ...(csp ? { 'Content-Security-Policy': csp } : {}),
        });
        res.end(body);
      },
      () => {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      },
    );
  });
  return {
    origin: server.origin,
    publish: async (name, html) => {
      await writeFile(path.join(dir, `${name}.html`), html);
      return `${server.origin}/${name}.html`;
    },
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A plain HTML page with a partner's own heading around `snippet`, as pasted. */
export function pageWith(title: string, snippet: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
</head>
<body>
<h1>${title}</h1>
${snippet}
</body>
</html>
`;
}
