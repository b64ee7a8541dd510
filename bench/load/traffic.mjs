// The mix of requests the load benchmark sends, weighted like the Observatory's traffic: mostly what the
// widgets on partner pages fetch (their files, indicator values, tallies, partner profiles, short lists,
// revalidated with If-None-Match), then researchers' filtered lists, citations and the feed, a few pages,
// rare file exports and 1 % writes with an editor key. A cycle of 200 requests, spread so that no kind comes
// in a burst; autocannon sends it in order on every connection, each connection starting elsewhere in it.

/** A browser's request headers (the widgets' reads and their revalidations; run.mjs fetches the ETags with them). */
export const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };
const SCRIPT = { 'accept-encoding': 'gzip' };

/** Widget reads: [weight per 200, path]. */
const WIDGET_READS = [
  [18, '/v1/indicators/agreements?partner=RUS&lang=zh'],
  [10, '/v1/indicators/bri_share?partner=RUS&lang=zh'],
  [8, '/v1/indicators/mutual_recognition_share?lang=fr'],
  [8, '/v1/indicators/international_anchoring_share?partner=DEU'],
  [14, '/v1/tallies'],
  [6, '/v1/tallies?lang=fr'],
  [12, '/v1/partners/RUS?lang=zh'],
  [6, '/v1/partners'],
  [8, '/v1/agreements?partner=RUS&limit=10'],
];
/**
 * The widget reads revalidated with If-None-Match. JSON reads have one ETag per content coding, so the tag
 * is fetched with the same headers (BROWSER) as the revalidation sends.
 */
export const REVALIDATED = ['/v1/indicators/agreements?partner=RUS&lang=zh', '/v1/tallies'];
/** Researchers' lists with filters. */
const LISTS = [
  [14, '/v1/agreements?limit=50&from=2010&sort=-signed_date'],
  [10, '/v1/agreements?from=2015&to=2020&sort=signed_date&limit=25'],
  [10, '/v1/agreements?q=standard&limit=20'],
  [6, '/v1/agreements/sac-rosstandart-2016'],
  [4, '/v1/changes?limit=20'],
  [4, '/v1/releases'],
];

/**
 * Every kind of request with its weight in a cycle of 200 and its group (the report counts statuses per
 * group). `revalidate` entries are sent with the ETag their path answered before the run (a 304).
 */
export function trafficMix({ widgetFile, key, etags }) {
  const entries = [
    { group: 'widget files', weight: 20, path: widgetFile, headers: BROWSER },
    ...WIDGET_READS.map(([weight, path]) => ({ group: 'widget reads', weight, path, headers: BROWSER })),
    ...REVALIDATED.map((path) => ({
      group: 'revalidations (304)',
      weight: 6,
      path,
      headers: { ...BROWSER, 'if-none-match': etags.get(path) ?? '' },
    })),
    ...LISTS.map(([weight, path]) => ({ group: 'lists and records', weight, path, headers: SCRIPT })),
    { group: 'citations', weight: 6, path: '/v1/cite?partner=RUS&from=2015', headers: SCRIPT },
    { group: 'citations', weight: 4, path: '/v1/cite?partner=RUS&format=bibtex', headers: SCRIPT },
    { group: 'feed', weight: 8, path: '/v1/feed.atom', headers: SCRIPT },
    { group: 'pages', weight: 4, path: '/', headers: BROWSER },
    { group: 'pages', weight: 2, path: '/embed', headers: BROWSER },
    { group: 'pages', weight: 1, path: '/openapi.json', headers: BROWSER },
    { group: 'exports', weight: 2, path: '/v1/agreements?format=csv', headers: SCRIPT },
    { group: 'exports', weight: 1, path: '/v1/agreements?format=xlsx', headers: SCRIPT },
    ...[0, 1].map((n) => ({
      group: 'writes (PATCH, editor key)',
      weight: 1,
      method: 'PATCH',
      path: '/v1/agreements/sac-rosstandart-2016',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/merge-patch+json',
        'if-match': '*',
      },
      body: JSON.stringify({ notes: n === 0 ? 'Load benchmark edit.' : null }),
    })),
  ];
  const total = entries.reduce((sum, entry) => sum + entry.weight, 0);
  if (total !== 200) throw new Error(`the traffic mix weighs ${total}, not 200`);
  return entries;
}

/** The cycle: each entry `weight` times, spread evenly (the i-th copy at position (i + ½) / weight). */
export function cycle(entries) {
  const placed = entries.flatMap((entry, index) =>
    Array.from({ length: entry.weight }, (_, i) => ({ entry, at: (i + 0.5 + index / 1000) / entry.weight })),
  );
  return placed.sort((a, b) => a.at - b.at).map(({ entry }) => entry);
}
