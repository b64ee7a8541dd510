import { moduleTags, type LoadedWidgets } from '../widgets/widget-bundle.js';
import { widgetPath } from '../widgets/widgets.routes.js';
import { markup, type SafeHtml } from './html.js';

/**
 * The tags that load a widget module on the API's own pages, as a partner would: the versioned URL with its
 * integrity hash, and the modules it imports preloaded with theirs.
 */
export function widgetScriptTags({ manifest }: LoadedWidgets, file = manifest.entry): SafeHtml {
  const { script, preloads } = moduleTags(manifest, file);
  const url = (name: string) => widgetPath(manifest.version, name);
  const preload = (ref: { file: string; integrity: string }) =>
    markup`<link rel="modulepreload" href="${url(ref.file)}" integrity="${ref.integrity}" crossorigin="anonymous">
`;
  return markup`${preloads.map(preload)}<script type="module" src="${url(script.file)}" integrity="${script.integrity}" crossorigin="anonymous"></script>`;
}
