/** Who edits, when, and the version the edit was based on. */
export interface EditOptions {
  readonly actor: string;
  readonly now: Date;
  /**
   * The version the caller read (from `getAgreement`, or an If-Match header). The edit fails with
   * StaleVersionError when the stored version differs; 0 means the record must not exist yet. Omit it to
   * edit whatever is stored.
   */
  readonly expectedVersion?: number;
}
