/** What the PDF says about itself: its Info dictionary, its XMP metadata and the catalog's /Lang. */
export interface BriefMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** BCP 47 language tag of the document. */
  readonly lang: string;
  /** The data release the brief was built from. */
  readonly release: string;
  /** The query that produced it, e.g. "template=partner&subject=RUS&lang=fr&paper=a4&release=1.0.0". */
  readonly query: string;
  readonly createdAt: Date;
}

export const AUTHOR = 'Soft Connectivity Observatory';
