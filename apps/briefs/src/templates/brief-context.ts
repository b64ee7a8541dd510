import { areaName, type Lang } from '@sco/core';
import type { BriefData } from '../data/brief-data.js';
import type { Messages } from '../i18n/messages.js';
import type { BriefLength } from '../request/brief-request.js';
import { NoteRegistry } from './notes.js';

/** A chart's inline properties (its `data` and any other), by the id its element carries in the page. */
export interface WidgetData {
  readonly id: string;
  readonly props: Readonly<Record<string, unknown>>;
}

/** The sections only the long form prints: the tables of agreements, lineage and coded provisions. */
const REPORT_ONLY: ReadonlySet<string> = new Set(['notable', 'agreements-list', 'lineage', 'provisions']);

/**
 * What the sections of one brief share while it is written, in document order: the language, the data,
 * the endnotes and the numbering of figures and tables.
 */
export class BriefContext {
  readonly notes = new NoteRegistry();
  readonly widgets: WidgetData[] = [];
  private figureCount = 0;
  private tableCount = 0;

  constructor(
    readonly lang: Lang,
    readonly m: Messages,
    readonly data: BriefData,
    /** Whether the widgets bundle is there; charts are drawn by it. */
    readonly widgetsAvailable: boolean,
    /** The world map's geometry, given inline to the map widget. */
    readonly mapGeometry: unknown,
    /** A short brief or the long report. */
    readonly length: BriefLength = 'brief',
  ) {}

  /** Whether a section is part of this brief: a short brief leaves out the long form's tables and lists. */
  includes(section: string): boolean {
    return this.length === 'report' || !REPORT_ONLY.has(section);
  }

  /** A UN M49 region's name in the brief's language. */
  regionName(code: string): string {
    return areaName(code, this.lang);
  }

  nextFigure(): number {
    return ++this.figureCount;
  }

  nextTable(): number {
    return ++this.tableCount;
  }

  /** Registers a chart's inline properties and returns the id its element carries. */
  addWidget(props: Readonly<Record<string, unknown>>): string {
    const id = `w${this.widgets.length + 1}`;
    this.widgets.push({ id, props });
    return id;
  }
}
