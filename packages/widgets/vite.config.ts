import { defineConfig } from 'vite';
import { drawnWorldPlugin } from './drawn-world.js';
import { minifyTemplatesPlugin } from './minify-templates.js';
import { WIDGETS } from './widgets.config.js';

/**
 * Library build: one ES module with every widget (sco-widgets.js) and one per widget, sharing their common
 * code (Lit, the loader, the request cache) in one core chunk. Everything sits in one flat folder, so that
 * files served beside the modules (geo/countries-110m.json) are found from any of them. (scripts/post-build.mjs
 * then makes every module import all the modules it needs directly, so that they load in parallel.)
 */
export default defineConfig({
  plugins: [minifyTemplatesPlugin(), drawnWorldPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: {
        'sco-widgets': 'src/index.ts',
        ...Object.fromEntries(WIDGETS.map((tag) => [tag, `src/${tag}/${tag}.ts`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // An entry module may export more than its own exports: each widget's code then sits in its entry file
      // (the bundle imports it from there) instead of a chunk behind a one-line facade, one request less.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        comments: false,
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        codeSplitting: {
          groups: [
            {
              name: 'core',
              // With the two smallest widgets' code (not their entries, which define them): the page of six
              // then loads six files (the entry, the core, four widgets), which a browser requests at once over
              // HTTP/1.1 (six connections per host); eight made the last two wait a round trip.
              test: /[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|client[\\/]dist|src[\\/]shared)[\\/]|[\\/]src[\\/]sco-(figure|partner)[\\/]sco-(figure|partner)\.(component|styles)\.ts$/,
            },
          ],
        },
      },
    },
  },
});
