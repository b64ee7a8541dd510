// The tags a partner's page adds for a widget module, as the embed builder writes them.

/**
 * The module itself and every module it imports, directly or not, preloaded; `manifest` is the widgets'
 * dist/manifest.json, `base` the URL of its folder.
 */
export function tagsOf(manifest, base, file) {
  const importsOf = new Map(manifest.files.map((entry) => [entry.file, entry.imports ?? []]));
  const preloads = new Set();
  const queue = [...(importsOf.get(file) ?? [])];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (preloads.has(next)) continue;
    preloads.add(next);
    queue.push(...(importsOf.get(next) ?? []));
  }
  return { script: `${base}${file}`, preloads: [...preloads].map((name) => `${base}${name}`) };
}
