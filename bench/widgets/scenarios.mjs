// What the first-render benchmark loads: each widget alone (its own module), then every widget at once (the
// bundle), each as a partner would write it, reading the API given.

/** The widgets, with the attributes a partner would set; `api` is added to each. */
export const WIDGETS = [
  { tag: 'sco-figure', attributes: 'indicator="agreements"' },
  { tag: 'sco-breakdown', attributes: 'by="type"' },
  { tag: 'sco-timeline', attributes: '' },
  { tag: 'sco-map', attributes: '' },
  { tag: 'sco-partner', attributes: 'partner="DEU"' },
  { tag: 'sco-agreements', attributes: '' },
];

/**
 * The scenarios: `script` the module the page adds (a file of the widgets' build), `widgets` the elements
 * the page holds; `manifest` is the widgets' dist/manifest.json.
 */
export function scenarios(manifest) {
  return [
    ...WIDGETS.map((widget) => ({
      name: widget.tag,
      script: manifest.widgets[widget.tag],
      widgets: [widget],
    })),
    { name: `every widget (${manifest.entry})`, script: manifest.entry, widgets: WIDGETS },
  ];
}

/** A page with the elements and no script. */
export function pageOf(elements) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Benchmark</title></head>
<body>
${elements.join('\n')}
</body>
</html>
`;
}

/**
 * The networks each scenario is measured on: the loopback as it is (what the widget's own work costs), and
 * a broadband connection emulated by Chromium (40 ms round trip, 20 Mbit/s down, 5 up), as a reader of a
 * partner's page gets it.
 */
export const NETWORKS = [
  { name: 'loopback', conditions: null },
  {
    name: 'broadband: 40 ms round trip, 20 Mbit/s',
    conditions: { latency: 40, download: 20e6 / 8, upload: 5e6 / 8 },
  },
];
