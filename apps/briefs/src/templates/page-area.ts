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

const SHEETS: Record<Paper, { readonly size: string; readonly width: number; readonly height: number }> = {
  a4: { size: 'A4', width: 210, height: 297 },
  letter: { size: 'letter', width: 215.9, height: 279.4 },
};

const MARGIN = { top: 22, right: 19, bottom: 22, left: 19 } as const;

/** The page of a paper: the styles print on it, and the renderer lays the brief out in its content area. */
export function pageArea(paper: Paper): PageArea {
  const { size, width, height } = SHEETS[paper];
  // In hundredths of a millimetre, so that 279.4 − 44 is 235.4 and not 235.39999999999998.
  const mm = (value: number) => Math.round(value * 100) / 100;
  return {
    size,
    sheet: { width, height },
    margin: MARGIN,
    content: {
      width: mm(width - MARGIN.left - MARGIN.right),
      height: mm(height - MARGIN.top - MARGIN.bottom),
    },
  };
}
