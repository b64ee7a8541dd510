import type { Paper } from '../request/brief-request.js';

/** A brief's page in millimetres: the sheet, its margins and the area they leave for the content. */
export interface PageArea {
  /** The `@page` size keyword. */
  readonly size: string;
  readonly sheet: { readonly width: number; readonly height: number };
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  readonly content: { readonly width: number; readonly height: number };
}

type Margin = PageArea['margin'];

/**
 * The sheets and their margins. Letter is 6 mm wider and 18 mm shorter than A4: its margins give it A4's
 * content area (171.9 × 253.4 mm against 172 × 253), wider at the sides and narrower at the head and foot,
 * where the running heads and the page number still have 10 mm. A brief then breaks its lines and its pages
 * on Letter as it does on A4, at the same type sizes, and keeps within the same number of pages.
 */
const SHEETS: Record<
  Paper,
  { readonly size: string; readonly width: number; readonly height: number; readonly margin: Margin }
> = {
  a4: { size: 'A4', width: 210, height: 297, margin: { top: 22, right: 19, bottom: 22, left: 19 } },
  letter: {
    size: 'letter',
    width: 215.9,
    height: 279.4,
    margin: { top: 13, right: 22, bottom: 13, left: 22 },
  },
};

/** The page of a paper: the styles print on it, and the renderer lays the brief out in its content area. */
export function pageArea(paper: Paper): PageArea {
  const { size, width, height, margin } = SHEETS[paper];
  // In hundredths of a millimetre, so that 279.4 − 26 is 253.4 and not 253.39999999999998.
  const mm = (value: number) => Math.round(value * 100) / 100;
  return {
    size,
    sheet: { width, height },
    margin,
    content: {
      width: mm(width - margin.left - margin.right),
      height: mm(height - margin.top - margin.bottom),
    },
  };
}
