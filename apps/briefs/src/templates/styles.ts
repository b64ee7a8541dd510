import type { Lang } from '@sco/core';
import type { Messages } from '../i18n/messages.js';
import type { Paper } from '../request/brief-request.js';
import { cssString } from './html.js';
import { pageArea } from './page-area.js';

const SCRIPTS = "'Noto Sans KR', 'Noto Sans Arabic', 'Noto Sans Thai', 'Noto Sans Sinhala'";

/** The font stacks of a language: only the brief's own web fonts, never a generic (system) family. */
export function fontStacks(lang: Lang): { readonly serif: string; readonly sans: string } {
  if (lang === 'zh') {
    const stack = `'Noto Sans SC', 'Noto Sans', ${SCRIPTS}`;
    return { serif: stack, sans: stack };
  }
  return {
    serif: `'Noto Serif', 'Noto Sans SC', ${SCRIPTS}`,
    sans: `'Noto Sans', 'Noto Sans SC', ${SCRIPTS}`,
  };
}

/** The families of a language's stacks, e.g. to check that they cover a text. */
export function fontFamilies(lang: Lang): string[] {
  const { serif, sans } = fontStacks(lang);
  return [...new Set(`${serif}, ${sans}`.split(',').map((family) => family.trim().replace(/'/g, '')))];
}

export interface RunningTexts {
  /** The running head, left: the brief's short title. */
  readonly left: string;
  /** The running head, right: the data release. */
  readonly right: string;
}

/**
 * The print styles: the page (size, margins, running heads, "page X of Y" in the footer, none on the
 * cover), typography, and the fragmentation rules — no figure or table row split across pages, table
 * headers repeated, headings kept with what follows.
 */
export function briefStyles(lang: Lang, paper: Paper, m: Messages, running: RunningTexts): string {
  const { serif, sans } = fontStacks(lang);
  const page = pageArea(paper);
  const { margin: edge } = page;
  const margin = `font-family: ${sans}; font-size: 7.5pt; color: #555;`;
  const footer = `${cssString(m.pageOf.before)} counter(page) ${cssString(m.pageOf.middle)} counter(pages) ${cssString(m.pageOf.after)}`;
  return `
@page {
  size: ${page.size};
  margin: ${edge.top}mm ${edge.right}mm ${edge.bottom}mm ${edge.left}mm;
  @top-left { content: ${cssString(running.left)}; ${margin} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(running.right)}; ${margin} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: ${footer}; ${margin} vertical-align: top; padding-top: 3mm; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-center { content: none; }
}
:root {
  --ink: #1b1f24; --muted: #5a6270; --rule: #c9ced6; --accent: #1f4e79; --accent-soft: #e8eef5;
  --sco-font-family: ${sans};
}
* { box-sizing: border-box; }
html { font-family: ${serif}; font-size: 10pt; line-height: 1.5; color: var(--ink);
  font-synthesis: none; font-kerning: normal; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; orphans: 3; widows: 3; }
[lang|="ko"] { font-family: 'Noto Sans KR', ${sans}; }
:lang(zh) em, :lang(zh) q { font-style: normal; }
/* An opening full-width mark at the start of a line is set half-width, flush with the line (“一带一路” in a table's
   first column stood indented by half a character); the first line of a paragraph included. */
:lang(zh) { text-spacing-trim: trim-start; }
h1, h2, h3, .sans, figcaption, .table-caption, table.data, .cover, nav.toc, .running { font-family: ${sans}; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; line-height: 1.25; color: var(--accent); }
p { margin: 0 0 0.7em; }
/*
 * Chromium keeps orphans and widows only in paragraphs long enough to satisfy both: a paragraph or caption
 * of two or three lines would be split line by line. The brief's paragraphs are short; none is split.
 */
p, figcaption { break-inside: avoid; page-break-inside: avoid; }
/*
 * No paragraph, table cell or note ends on a line of one character ("理。" under a full line of Chinese, "织" under
 * "…标准化组", "场。" under the map's note) or one short word: Chromium balances the last lines as a typesetter
 * would. The style is inherited, so the widgets' own notes and captions (in their shadow roots) take it too; print
 * lays the lines out as the screen does.
 */
html { text-wrap-style: pretty; }
a { color: inherit; text-decoration: none; }
.nowrap { white-space: nowrap; }
q { quotes: "“" "”" "‘" "’"; }
/* French guillemets hold their quote with no-break spaces; after a Chinese full stop (。) the closing one needs none */
:lang(fr) q { quotes: "«\\a0" "\\a0»" "“" "”"; }
:lang(fr) q.cjk-end { quotes: "«\\a0" "»" "“" "”"; }
:lang(zh) q { quotes: "“" "”" "‘" "’"; }
.title-original, q, .quote, .evidence { unicode-bidi: isolate; }
/*
 * An address (a source's, the permalink) breaks only at the <wbr> between its pieces (after "/", "?", "&", "=";
 * before ".", "-", "%"…): each piece is kept whole, so that no line ends with a hyphen or inside "https".
 */
.permalink { font-family: ${sans}; font-size: 8pt; color: var(--accent); }
.url-piece { white-space: nowrap; }

/* cover */
.cover { height: ${page.content.height}mm; display: flex; flex-direction: column;
  break-after: page; }
.cover .band { background: var(--accent); color: #fff; padding: 7mm 8mm; }
.cover .series { font-size: 9pt; letter-spacing: 0.08em; text-transform: uppercase; margin: 0; }
.cover .kind { font-size: 9pt; margin: 1mm 0 0; opacity: 0.85; }
.cover h1 { font-size: 24pt; color: var(--ink); margin: 7mm 0 3mm; }
.cover .subtitle { font-size: 12pt; color: var(--muted); margin: 0 0 5mm; }
.cover .findings { background: var(--accent-soft); padding: 4mm 7mm 2mm; margin: 0 0 5mm; break-inside: avoid; }
.cover .findings h2 { font-size: 12.5pt; margin: 0 0 3mm; }
/* The findings are the cover's message: read at a glance, in body size or larger. */
.cover .findings ul { margin: 0; padding-left: 5mm; font-size: 10.5pt; line-height: 1.4; }
.cover .findings li { margin: 0 0 1.8mm; }
/*
 * The cover's map takes the room the cover leaves: a size container, under its own title; the widget's generic
 * title is hidden. The widget is as wide as the room's height allows at the world map's proportions (800 × 352,
 * which a region's crop keeps) with two rows of legend (about 54 px) and the two lines of its note on names and
 * borders (about 36 px) under it, and centred; at most 560 px, where the widget
 * lays the map out alone (wider, it keeps a quarter for a list of organisations a cover does not print). It
 * measures that width and draws its legend for it (at least
 * 12 px, 9 pt), its drawing is exactly the map's crop, with nothing of the neighbouring land around it, and
 * its note is never cut.
 */
.cover .cover-map { flex: 1 1 0; min-height: 0; margin: 0 0 4mm; display: flex; flex-direction: column; break-inside: avoid; }
.cover .cover-map-title { font-size: 9.5pt; font-weight: 700; color: var(--accent); margin: 0 0 1.5mm; }
.cover .cover-map-room { flex: 1 1 0; min-height: 0; container-type: size; overflow: hidden; }
.cover .cover-map .widget::part(title) { display: none; }
.cover .cover-map .widget::part(base) { border: 0; padding: 0; background: none; }
.cover .cover-map .widget { width: min(100%, 560px, calc((100cqh - 90px) * 800 / 352)); margin: 0 auto; }
.cover .cover-map .widget::part(chart) { display: block; width: 100%; height: auto; }
.cover .range-note { font-size: 8.5pt; color: var(--muted); }
/* The facts in two rows of two, leaving the map its room. */
.cover .facts { margin-top: auto; display: grid; grid-template-columns: auto 1fr auto 1fr; gap: 1mm 6mm; font-size: 8.5pt;
  border-top: 0.6pt solid var(--rule); padding-top: 4mm; }
.cover .facts dt { color: var(--muted); }
.cover .facts dd { margin: 0; }

/* contents */
nav.toc { break-after: page; }
nav.toc h1 { font-size: 18pt; margin: 0 0 6mm; }
nav.toc ol { list-style: none; margin: 0; padding: 0; }
nav.toc li { margin: 0 0 2.2mm; font-size: 10.5pt; }
nav.toc a { display: flex; align-items: baseline; gap: 2mm; }
nav.toc .number { min-width: 7mm; color: var(--accent); font-variant-numeric: tabular-nums; }
nav.toc .leader { flex: 1; border-bottom: 0.8pt dotted var(--rule); transform: translateY(-0.3em); }
nav.toc .page { min-width: 9mm; text-align: right; font-variant-numeric: tabular-nums; }

/* sections */
section.brief-section { margin: 0 0 9mm; }
/*
 * The heading, the opening paragraphs and the first figure (or what introduces the first table) are one
 * block that never breaks, and stays with what follows: no heading at a page foot, none parted from what
 * it introduces.
 */
.section-lead { break-inside: avoid; page-break-inside: avoid; }
/*
 * A lead that ends with its opening words stays with what they introduce; one that ends with a figure, or
 * ends its section, leaves a place to break after it.
 */
.section-lead:not(:last-child):not(:has(> figure:last-child)) { break-after: avoid; page-break-after: avoid; }
.section-lead > h1 { font-size: 15pt; margin: 0 0 3mm; padding-top: 1mm; border-top: 1.2pt solid var(--accent); }
.section-lead > h1 .number { margin-right: 1.5mm; }
section.first { break-before: page; }
section.notes-section { break-before: page; }
/* A subsection's heading stays with its first paragraphs or its first entry. */
.subsection { break-inside: avoid; page-break-inside: avoid; }
section h2 { font-size: 11pt; margin: 5mm 0 2mm; }
.definition { font-size: 8.5pt; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
sup.note-ref { font-size: 0.7em; line-height: 0; font-family: ${sans}; color: var(--accent); margin-left: 0.1em; }

/* figures */
figure.figure { margin: 4mm 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figure .chart { width: 100%; }
/* The widgets in print: no buttons, disclosures or links; the caption names the release. */
.widget::part(toolbar), .widget::part(footer), .widget::part(definition), .widget::part(info) { display: none; }
/* A partner's card without its institutions: the table after it lists them, with their names in their own language. */
sco-map::part(organisations), sco-partner::part(agreements), sco-partner::part(institutions) { display: none; }
figure .chart.row { display: flex; gap: 3mm; }
figure .chart.row .widget-cell { flex: 1 1 0; min-width: 0; }
figure.small .widget-cell { min-height: 30mm; }
figure.medium .widget-cell { min-height: 62mm; }
figure.large .widget-cell { min-height: 88mm; }
.widget { display: block; width: 100%; }
/* charts the brief draws itself (inline SVG): the text in the brief's sans-serif */
figure.drawn svg.drawn-chart { display: block; width: 100%; height: auto; font-family: ${sans}; }
.caveats { border-left: 2pt solid var(--accent); padding: 1mm 0 1mm 4mm; margin: 3mm 0 5mm; font-size: 9pt; break-inside: avoid; }
.caveats .caveats-title { font-family: ${sans}; font-weight: 700; margin: 0 0 1mm; }
.caveats ul { margin: 0; padding-left: 4mm; }
.chart-unavailable { border: 1pt dashed var(--muted); color: var(--muted); padding: 8mm; text-align: center; font-family: ${sans}; }
figcaption, .table-caption { font-size: 8.5pt; color: var(--ink); margin-top: 2mm; }
figcaption .label, .table-caption .label { font-weight: 700; color: var(--accent); }
figcaption .source, .table-caption .source { color: var(--muted); }

/* tables */
.table-block { margin: 4mm 0 6mm; }
.table-caption { margin: 0 0 1.5mm; break-after: avoid; page-break-after: avoid; }
.table-note { font-family: ${sans}; font-size: 8pt; color: var(--muted); margin: 1.5mm 0 0; break-before: avoid; page-break-before: avoid; }
table.data { width: 100%; border-collapse: collapse; font-size: 8.5pt; line-height: 1.35; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
/* No row alone on a page: at least two with the caption and header, and two at the end. */
table.data tbody tr:nth-child(2), table.data tbody tr:last-child { break-before: avoid; page-break-before: avoid; }
table.data th { text-align: left; vertical-align: bottom; border-bottom: 1pt solid var(--ink); padding: 1.5mm 1.5mm; font-weight: 700; }
table.data td { vertical-align: top; border-bottom: 0.4pt solid var(--rule); padding: 1.3mm 1.5mm; overflow-wrap: break-word; }
table.data td.date { white-space: nowrap; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
/* A number's header may take two lines ("Documents / annoncés"), so that a column of text beside it keeps its room;
   between its words only, never inside a Chinese one ("国/家/数"). */
table.data th.num { white-space: normal; word-break: keep-all; }
table.data .title-original { color: var(--muted); }
/* Short labels (types, levels, dates) break between words only, never between Chinese characters. */
table.data .keep { word-break: keep-all; }

/* lists */
ul.lineage { list-style: none; padding: 0; margin: 0 0 4mm; }
ul.lineage li { margin: 0 0 3mm; padding-left: 3mm; border-left: 1.5pt solid var(--rule); break-inside: avoid; }
ul.lineage p { margin: 0; }
ul.lineage .to, ul.lineage .relation-note { padding-left: 5mm; }
ul.lineage .relation { font-family: ${sans}; font-weight: 700; color: var(--accent); margin-right: 1.5mm; }
ul.lineage .relation-note { font-size: 8.5pt; color: var(--muted); margin-top: 0.8mm; }
ul.lineage .relation-note .label { font-family: ${sans}; font-weight: 700; }
.coding { break-inside: avoid; margin: 0 0 4mm; font-size: 9pt; }
.coding .coding-title { font-family: ${sans}; font-weight: 700; margin: 0 0 1mm; }
.coding ul { margin: 0; padding-left: 5mm; }
.coding .coding-status.present { font-weight: 700; }
dl.indicators .indicator { break-inside: avoid; margin: 0 0 3mm; }
dl.indicators dt { font-family: ${sans}; font-weight: 700; }
dl.indicators dd { margin: 0; font-size: 9pt; }
ol.notes { font-size: 8pt; line-height: 1.4; padding-left: 7mm; }
ol.notes li { margin: 0 0 1.8mm; break-inside: avoid; }
/* The colophon ends the brief whole and never alone: it takes the last sources with it to its page rather
   than leave a last page with its tail only (a third of a page at the least). */
/* The colophon ends the brief whole: never its tail alone on the last page. How to cite the brief and its
   permalink stand in a box of their own, as the cover's findings do. */
section.about-section { break-inside: avoid; page-break-inside: avoid; }
.about-section .cite { background: var(--accent-soft); padding: 2.5mm 5mm; margin: 3mm 0 0; }
.about-section .cite p { margin: 0 0 1.5mm; }
.about-section .cite p:last-child { margin: 0; }
ol.notes .publisher { font-weight: 700; }
ol.notes .kind { color: var(--muted); }
ol.notes .url { color: var(--accent); }
ol.notes .summary { font-style: italic; }

/* the short brief: the headline figure on the cover, the contents as a box on page 2, sections that flow on */
.cover .headline-figure { display: flex; align-items: baseline; gap: 5mm; margin: 0 0 5mm; }
.cover .headline-figure .figure { font-family: ${sans}; font-size: 46pt; font-weight: 700; line-height: 1;
  color: var(--accent); font-variant-numeric: tabular-nums; }
.cover .headline-figure .label { font-family: ${sans}; font-size: 11.5pt; line-height: 1.35; }
nav.toc.box { break-after: auto; break-inside: avoid; border: 0.8pt solid var(--rule); background: var(--accent-soft);
  padding: 4mm 6mm 2mm; margin: 0 0 8mm; }
nav.toc.box h1 { font-size: 11pt; margin: 0 0 2.5mm; }
nav.toc.box ol { columns: 2; column-gap: 8mm; }
nav.toc.box li { font-size: 9pt; margin: 0 0 1mm; break-inside: avoid; }
body.length-brief section.first, body.length-brief section.notes-section { break-before: auto; }
/* The short brief is set tighter: less room between sections, figures and tables. */
body.length-brief section.brief-section { margin-bottom: 6mm; }
body.length-brief figure.figure { margin: 3mm 0 4mm; }
body.length-brief .table-block { margin: 3mm 0 4mm; }
/* Its charts' frames are shallower (the widget's padding is 1rem each way): the same width, less height. */
body.length-brief figure .widget::part(base) { padding-top: 2mm; padding-bottom: 2mm; }
/* Its charts are named by the section's heading and the figure's caption: not a third time inside the chart. */
body.length-brief sco-breakdown::part(title), body.length-brief sco-timeline::part(title) { display: none; }
p.method strong { font-family: ${sans}; color: var(--accent); }
`;
}
