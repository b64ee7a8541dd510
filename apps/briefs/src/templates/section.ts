import { html, type SafeHtml } from './html.js';

/**
 * A section's body in two parts: its `lead` is printed with the heading as one block that never breaks
 * across pages (the opening paragraphs and, where the section opens with one, its first figure), so that
 * no heading is left at a page foot or parted from what it introduces; the `rest` flows after it.
 */
export interface SectionBody {
  readonly lead: SafeHtml;
  readonly rest: SafeHtml;
}

export function sectionBody(lead: SafeHtml, rest: SafeHtml = html``): SectionBody {
  return { lead, rest };
}

/** A numbered section of a brief: a heading in the contents and the outline, and its body. */
export interface BriefSection {
  /** The anchor of its heading (the contents link to it; the PDF names it as a destination). */
  readonly id: string;
  readonly title: string;
  readonly body: SectionBody;
}

/** What a template writes: the cover's words and the sections, in order. */
export interface BriefContent {
  readonly title: string;
  readonly subtitle: string;
  /** The subject's name in the brief's language (the partner, region or sector); null for the overview. */
  readonly subjectName: string | null;
  /** The cover's headline figure (the documented count) and what it counts; none on a partner's cover. */
  readonly headline?: { readonly figure: string; readonly label: string };
  readonly findings: readonly string[];
  /** The map on the cover, under the findings (see coverMap). */
  readonly coverMap?: SafeHtml;
  readonly sections: readonly BriefSection[];
}
