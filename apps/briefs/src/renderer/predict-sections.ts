import type { Page } from 'puppeteer-core';
import type { PageArea } from '../templates/page-area.js';

/**
 * Where the sections will land in print, read from a layout in the page rather than from a print: for the
 * length of one synchronous script, the body becomes a multi-column box whose columns are the content area
 * of the page (as wide and as tall), every forced page break a forced column
 * break. Chromium breaks columns by the same fragmentation rules as pages (no figure, table row or paragraph
 * split, headings kept with what follows, orphans and widows), so a heading's column is its page; only the
 * table headers print repeats at the top of each page are not repeated in columns, so the row that starts
 * a column is made taller by its table's header. The script puts the page back as it was before it returns:
 * no frame is drawn with the columns, and no widget sees them. A guess all the same: the printed PDF is the
 * judge of where the sections are.
 */
export async function predictSections(
  page: Page,
  area: PageArea,
  anchors: readonly string[],
): Promise<Record<string, number>> {
  return page.evaluate(
    (content: { width: number; height: number }, ids: readonly string[]) => {
      const FORCED = new Set(['page', 'left', 'right', 'recto', 'verso']);
      const GAP = 48;
      const marked: Element[] = [];
      for (const element of document.body.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        const before = FORCED.has(style.breakBefore);
        const after = FORCED.has(style.breakAfter);
        if (before) element.setAttribute('data-sco-column-before', '');
        if (after) element.setAttribute('data-sco-column-after', '');
        if (before || after) marked.push(element);
      }
      const columns = document.createElement('style');
      columns.textContent =
        `body { width: ${content.width}mm !important; height: ${content.height}mm !important; ` +
        `column-count: 1 !important; column-gap: ${GAP}px !important; column-fill: auto !important; }` +
        ' [data-sco-column-before] { break-before: column !important; }' +
        ' [data-sco-column-after] { break-after: column !important; }';
      document.head.append(columns);
      const padded: { cell: HTMLElement; value: string; priority: string }[] = [];
      try {
        const body = document.body.getBoundingClientRect();
        const pitch = body.width + GAP;
        const columnOf = (box: DOMRect) => Math.floor((box.left - body.left + GAP / 2) / pitch);
        // Print repeats a table's header at the top of every page the table goes on to; columns do not. The
        // first row of each page after the first makes room for it, one page at a time (each row made taller
        // moves the rows after it), so that the rows break where they will in print.
        for (const table of document.body.querySelectorAll('table')) {
          const head = table.tHead;
          if (!head || getComputedStyle(head).display !== 'table-header-group') continue;
          const room = head.getBoundingClientRect().height;
          const rows = [...table.tBodies].flatMap((tbody) => [...tbody.rows]);
          let from = 0;
          let column = columnOf(head.getBoundingClientRect());
          for (;;) {
            let next = -1;
            for (let index = from; index < rows.length; index++) {
              const box = rows[index]?.getClientRects()[0];
              if (!box) continue;
              if (columnOf(box) > column) {
                next = index;
                break;
              }
              column = columnOf(box);
            }
            const row = rows[next];
            if (!row) break;
            for (const cell of row.cells) {
              padded.push({
                cell,
                value: cell.style.getPropertyValue('padding-top'),
                priority: cell.style.getPropertyPriority('padding-top'),
              });
              const top = Number.parseFloat(getComputedStyle(cell).paddingTop);
              cell.style.setProperty('padding-top', `${top + room}px`, 'important');
            }
            column = columnOf(row.getBoundingClientRect());
            from = next + 1;
          }
        }
        const pages: Record<string, number> = {};
        for (const id of ids) {
          const box = document.getElementById(id)?.getClientRects()[0];
          if (box) pages[id] = columnOf(box) + 1;
        }
        return pages;
      } finally {
        for (const { cell, value, priority } of padded.reverse())
          cell.style.setProperty('padding-top', value, priority);
        columns.remove();
        for (const element of marked) {
          element.removeAttribute('data-sco-column-before');
          element.removeAttribute('data-sco-column-after');
        }
      }
    },
    area.content,
    anchors,
  );
}
