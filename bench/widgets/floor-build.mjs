// The floor element (floor-element.js), bundled and minified by Vite as the widgets are.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Builds the floor into `outDir` (as floor.js) and gives its size: minified, and gzip -9. */
export async function buildFloor(outDir) {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: path.join(here, 'floor-element.js'), formats: ['es'], fileName: () => 'floor.js' },
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
  const bytes = await readFile(path.join(outDir, 'floor.js'));
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
