// The benchmark's Markdown: the sizes, the first-render times against the floor, and the goals.

/**
 * The goals of the widgets issue (the size budget raised from 35 KB by decision 0017, phone layouts, and to
 * 37.5 KB by decision 0022, the investment bars' hooks).
 */
export const GOALS = { bytes: 37.5 * 1024, ratio: 1.5 };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => value.toFixed(0);
const verdict = (ok) => (ok ? 'met' : '**missed**');

export function quantile(numbers, q) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export function printSizes(sizes, floorSize, manifest) {
  console.log('| what a page loads | modules | min | min + gzip |');
  console.log('|---|---:|---:|---:|');
  console.log(
    `| every widget (\`${manifest.entry}\`) | ${sizes.all.files} | ${kb(sizes.all.min)} | ${kb(sizes.all.gzip)} |`,
  );
  for (const widget of sizes.widgets) {
    console.log(`| \`${widget.tag}\` alone | ${widget.files} | ${kb(widget.min)} | ${kb(widget.gzip)} |`);
  }
  console.log(
    `| map geometry (\`${manifest.geometry}\`: fetched apart, not counted) | 1 | ${kb(sizes.geometry.min)} | ${kb(sizes.geometry.gzip)} |`,
  );
  console.log(`| floor: the bare Lit element | 1 | ${kb(floorSize.min)} | ${kb(floorSize.gzip)} |`);
}

export function printFetches(fetchedBy) {
  console.log('\nWhat each widget fetches (its floor element fetches the same URLs):\n');
  for (const [tag, fetched] of fetchedBy) {
    const paths = fetched.map((url) => {
      const { pathname, search } = new URL(url);
      return `\`${pathname}${search}\``;
    });
    console.log(`- \`${tag}\`: ${paths.join(', ')}`);
  }
}

/** The table of one network; gives the worst median ratio. */
export function printTimes(network, results) {
  console.log(`\n${network.name}:\n`);
  console.log('| scenario | widget median ms | p90 | floor median ms | p90 | median ÷ floor | p90 ÷ floor |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  let worst = { name: '', ratio: 0 };
  for (const { scenario, widget, floor } of results) {
    const ratio = quantile(widget, 0.5) / quantile(floor, 0.5);
    if (ratio > worst.ratio) worst = { name: scenario.name, ratio };
    console.log(
      `| ${scenario.name} | ${ms(quantile(widget, 0.5))} | ${ms(quantile(widget, 0.9))} | ` +
        `${ms(quantile(floor, 0.5))} | ${ms(quantile(floor, 0.9))} | ${ratio.toFixed(2)} | ` +
        `${(quantile(widget, 0.9) / quantile(floor, 0.9)).toFixed(2)} |`,
    );
  }
  return worst;
}

export function printGoals(sizes, worstByNetwork) {
  const largest = Math.max(...sizes.widgets.map((w) => w.gzip));
  console.log('\n| goal | figure | |');
  console.log('|---|---|---|');
  console.log(
    `| every widget together ≤ ${kb(GOALS.bytes)} min + gzip | ${kb(sizes.all.gzip)} | ${verdict(sizes.all.gzip <= GOALS.bytes)} |`,
  );
  console.log(
    `| each widget alone ≤ ${kb(GOALS.bytes)} min + gzip | at most ${kb(largest)} | ${verdict(largest <= GOALS.bytes)} |`,
  );
  for (const { network, worst } of worstByNetwork) {
    console.log(
      `| first render ≤ ${GOALS.ratio}× the floor (median), ${network.name} | at most ${worst.ratio.toFixed(2)} (${worst.name}) | ${verdict(worst.ratio <= GOALS.ratio)} |`,
    );
  }
}
