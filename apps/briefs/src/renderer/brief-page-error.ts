/** The brief's page reported that it could not get ready (a widget failed, a font did not load…). */
export class BriefPageError extends Error {
  override readonly name = 'BriefPageError';
}
