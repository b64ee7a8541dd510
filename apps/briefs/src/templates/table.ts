import { sourceList } from './figure.js';
import type { BriefContext } from './brief-context.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';
import { twoLineEm } from './label-width.js';

export interface Column {
  readonly label: string;
  /** Numbers are right-aligned in tabular figures. */
  readonly numeric?: boolean;
  /** Dates are kept on one line. */
  readonly date?: boolean;
  /** Short labels (a type, a level): never broken inside a word, nor between Chinese characters. */
  readonly keep?: boolean;
  readonly width?: string;
}

function classOf(column: Column | undefined): string {
  if (!column) return '';
  if (column.numeric) return 'num';
  if (column.date) return 'date';
  return column.keep ? 'keep' : '';
}

/**
 * A numbered table whose caption names the data release. Its header row repeats on every page it spans,
 * and no row is split across pages (see the print styles).
 */
export function dataTable(
  ctx: BriefContext,
  spec: {
    readonly caption: string;
    readonly columns: readonly Column[];
    readonly rows: readonly (readonly HtmlValue[])[];
    /** Other sources the table draws on, named before the data release (e.g. an investment tracker). */
    readonly sources?: readonly string[];
    /** A note on how to read the table (whose its titles are), printed under it. */
    readonly note?: string | null;
  },
): SafeHtml {
  const n = ctx.nextTable();
  const { m } = ctx;
  // A column of short labels is at least as wide as its longest label needs to take two lines: a narrow
  // column never stacks "Memorandum / of / understanding" word by word.
  const minWidth = spec.columns.map((column, index) => {
    if (!column.keep) return null;
    const texts = spec.rows.flatMap((row) => {
      const cell = row[index];
      return typeof cell === 'string' ? [cell] : [];
    });
    return Math.max(0, ...texts.map(twoLineEm));
  });
  const widthStyle = (column: Column, index: number) => {
    // A cell's width is its column's least width in an automatic table layout (min-width is not); it
    // includes the cell's padding (border-box, 1.5 mm a side).
    const least = minWidth[index];
    const width = column.width ?? (least ? `calc(${least.toFixed(2)}em + 3mm)` : undefined);
    return width === undefined ? '' : html` style="width: ${width}"`;
  };
  const cells = (row: readonly HtmlValue[]) =>
    row.map((cell, index) => html`<td class="${classOf(spec.columns[index])}">${cell}</td>`);
  return html`<div class="table-block" id="table-${n}">
    <p class="table-caption">
      <span class="label">${m.captions.table(n)}</span> ${spec.caption}
      <span class="source"
        >${spec.sources?.length ? m.captions.sources(sourceList(ctx, spec.sources), ctx.data.release.id) : m.captions.source(ctx.data.release.id)}</span
      >
    </p>
    <table class="data">
      <thead>
        <tr>
          ${spec.columns.map(
            (column, index) =>
              html`<th scope="col" class="${classOf(column)}" ${widthStyle(column, index)}>
                ${column.label}
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${spec.rows.map(
          (row) =>
            html`<tr>
              ${cells(row)}
            </tr>`,
        )}
      </tbody>
    </table>
    ${spec.note ? html`<p class="table-note">${spec.note}</p>` : ''}
  </div>`;
}
