// The benchmark's partner page: a static server on 127.0.0.1 (an origin of its own, as a partner's site is)
// that serves the built widgets and the floor element alike — gzip -9 when the browser accepts it, as the API
// serves the widgets — and one HTML page per scenario, which holds the elements and no script: the
// benchmark adds the script when it starts the clock.
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

async function filesUnder(dir, prefix) {
  const files = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const body = await readFile(full);
    const url = `${prefix}${path.relative(dir, full).split(path.sep).join('/')}`;
    files.set(url, { body, gzip: gzipSync(body, { level: 9 }), type: TYPES[path.extname(full)] });
  }
  return files;
}

/** `pages`: HTML by path (`/figure-widget.html`); `folders`: URL prefix → folder of files. */
export async function startPageServer(pages, folders) {
  const files = new Map();
  for (const [prefix, dir] of Object.entries(folders)) {
    for (const [url, file] of await filesUnder(dir, prefix)) files.set(url, file);
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench').pathname;
    const page = pages.get(url);
    if (page) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(page);
      return;
    }
    const file = files.get(url);
    if (!file?.type) {
      res.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, {
      'Content-Type': file.type,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Access-Control-Allow-Origin': '*',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(gzip ? file.gzip : file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
