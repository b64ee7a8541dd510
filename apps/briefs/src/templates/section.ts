import type { SafeHtml } from './html.js';

/** A numbered section of a brief: a heading in the contents and the outline, and its body. */
export interface BriefSection {
  /** The anchor of its heading (the contents link to it; the PDF names it as a destination). */
  readonly id: string;
  readonly title: string;
  readonly body: SafeHtml;
}

/** What a template writes: the cover's words and the sections, in order. */
export interface BriefContent {
  readonly title: string;
  readonly subtitle: string;
  /** The subject's name in the brief's language (the partner, region or sector); null for the overview. */
  readonly subjectName: string | null;
  readonly findings: readonly string[];
  readonly sections: readonly BriefSection[];
}
