/** A value computed once over a published release, read by key from then on (see `readMemo`). */
export interface ReleaseMemosTable {
  release_id: string;
  /** The code that computed it (the API's build id). */
  generation: string;
  /** What was computed, from what, as canonical JSON. */
  key: string;
  /** The value as JSON. */
  value: string;
  /** ISO 8601 instant (UTC). */
  created_at: string;
}
