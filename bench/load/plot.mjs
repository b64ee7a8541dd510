// A hand-written SVG of the samples: the server's resident memory (MiB) and open file descriptors against
// time, one line per engine, in two panels sharing the time axis.

const COLOURS = ['#1b6ca8', '#c8553d', '#2a9d8f', '#6d597a'];
const WIDTH = 720;
const PANEL = 220;
const MARGIN = { left: 64, right: 150, top: 36, gap: 56, bottom: 40 };

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Round ticks between 0 and max: 1, 2 or 5 times a power of ten, about five of them. */
function ticks(max) {
  const raw = Math.max(max, 1) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out = [];
  for (let v = 0; v <= max + step / 2; v += step) out.push(v);
  if (out[out.length - 1] < max) out.push(out[out.length - 1] + step);
  return out;
}

function panel(series, pick, label, top, tMax) {
  const values = series.flatMap((s) => s.samples.map(pick));
  const yTicks = ticks(Math.max(...values));
  const yMax = yTicks[yTicks.length - 1];
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const x = (t) => MARGIN.left + (t / tMax) * plotWidth;
  const y = (v) => top + PANEL - (v / yMax) * PANEL;
  const parts = [`<text x="${MARGIN.left}" y="${top - 10}" class="title">${escape(label)}</text>`];
  for (const v of yTicks) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y(v)}" y2="${y(v)}" class="grid"/>`,
      `<text x="${MARGIN.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`,
    );
  }
  series.forEach((s, i) => {
    const points = s.samples.map((p) => `${x(p.t).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${COLOURS[i % COLOURS.length]}" stroke-width="1.5"/>`,
    );
  });
  return { svg: parts.join('\n'), x, bottom: top + PANEL };
}

/** `series`: [{ name, samples: [{ t, rss, fds }] }]; `title` heads the figure. */
export function plotSamples(series, title) {
  const tMax = Math.max(...series.flatMap((s) => s.samples.map((p) => p.t)), 1);
  const rss = panel(
    series,
    (p) => Math.round(p.rss / 2 ** 20),
    'Resident memory of the API process (MiB)',
    MARGIN.top + 20,
    tMax,
  );
  const fdTop = rss.bottom + MARGIN.gap;
  const fds = panel(series, (p) => p.fds, 'Open file descriptors of the API process', fdTop, tMax);
  const height = fds.bottom + MARGIN.bottom;
  const xAxis = ticks(tMax)
    .filter((t) => t <= tMax)
    .map((t) => `<text x="${fds.x(t)}" y="${fds.bottom + 16}" text-anchor="middle">${t}</text>`)
    .join('\n');
  const legend = series
    .map(
      (s, i) =>
        `<rect x="${WIDTH - MARGIN.right + 16}" y="${MARGIN.top + 20 + i * 20}" width="14" height="4" fill="${COLOURS[i % COLOURS.length]}"/>` +
        `<text x="${WIDTH - MARGIN.right + 36}" y="${MARGIN.top + 26 + i * 20}">${escape(s.name)}</text>`,
    )
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="11">
<style>.title{font-weight:bold}.grid{stroke:#ddd;stroke-width:1}</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="${MARGIN.left}" y="18" class="title" font-size="13">${escape(title)}</text>
${rss.svg}
${fds.svg}
${xAxis}
<text x="${MARGIN.left + (WIDTH - MARGIN.left - MARGIN.right) / 2}" y="${height - 6}" text-anchor="middle">seconds since the load started</text>
${legend}
</svg>
`;
}
