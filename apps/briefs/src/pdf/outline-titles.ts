import type { PdfReader } from './pdf-reader.js';
import { PdfRef, PdfString, textString, type PdfDict, type PdfValue } from './pdf-syntax.js';

/** Text without any whitespace: how an outline title and its heading are matched. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The outline items (bookmarks) of a PDF, in document order, with their object numbers. */
function outlineItems(reader: PdfReader): { readonly num: number; readonly item: PdfDict }[] {
  const items: { num: number; item: PdfDict }[] = [];
  const seen = new Set<number>();
  const walk = (first: PdfValue | undefined, depth: number) => {
    let ref = first;
    while (ref instanceof PdfRef && !seen.has(ref.num) && depth < 16) {
      seen.add(ref.num);
      const item = reader.dict(ref);
      if (!item) return;
      items.push({ num: ref.num, item });
      walk(item.get('First'), depth + 1);
      ref = item.get('Next');
    }
  };
  walk(reader.dict(reader.catalog().get('Outlines'))?.get('First'), 0);
  return items;
}

/**
 * The outline items whose titles Chromium wrote from the heading's laid-out lines, which joins the lines of
 * a heading that wraps without the space between them ("cooperationagreements"): each is given the
 * heading's own text instead. `headings` are the texts of the page's headings in document order, their
 * white space collapsed; an item is matched with the next heading of the same text once whitespace is set
 * aside, so an item without such a heading keeps its title. Returns the items to write again (object
 * number → the item with its new title), for an incremental update.
 */
export function outlineTitleUpdates(reader: PdfReader, headings: readonly string[]): Map<number, PdfDict> {
  const updates = new Map<number, PdfDict>();
  let next = 0;
  for (const { num, item } of outlineItems(reader)) {
    const title = reader.resolve(item.get('Title'));
    if (!(title instanceof PdfString)) continue;
    const written = title.text();
    const key = squeezed(written);
    const at = headings.findIndex((heading, index) => index >= next && squeezed(heading) === key);
    if (at === -1) continue;
    next = at + 1;
    const heading = headings[at] ?? written;
    if (heading === written) continue;
    const updated: PdfDict = new Map(item);
    updated.set('Title', textString(heading));
    updates.set(num, updated);
  }
  return updates;
}
