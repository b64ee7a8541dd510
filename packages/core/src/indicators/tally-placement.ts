import { partialDatePeriod } from '../model/partial-date.js';

/**
 * Where an agreement falls against a tally's date: surely on or before it, maybe (it straddles it), after it,
 * or nowhere (undated: neither a signature date nor a bound on or before the tally's date places it).
 */
export type TallyPlacement = 'before' | 'straddles' | 'after' | 'undated';

/** Where a signature date falls against a tally's date. */
export type TallyPosition = Exclude<TallyPlacement, 'undated'>;

/** What places an agreement in time: its signature date and its terminus ante quem, either may be null. */
export interface SignedEvidence {
  /** Partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or null when undated. */
  readonly signed_date: string | null;
  /** Full ISO date (YYYY-MM-DD) on or before which the document was signed, or null. */
  readonly signed_no_later_than: string | null;
}

/**
 * Places a partial signature date against a tally's date (itself partial, e.g. "2023-06"): before when its
 * period ends by the end of the tally's period, after when it starts later, and straddles when its period
 * contains the tally's date ("2023" against "2023-06").
 */
export function positionAgainst(date: string, asOf: string): TallyPosition {
  const [start, end] = partialDatePeriod(date);
  const tallyEnd = partialDatePeriod(asOf)[1];
  if (end <= tallyEnd) return 'before';
  if (start > tallyEnd) return 'after';
  return 'straddles';
}

/**
 * Places an agreement against a tally's date. The signature date decides when it can (before or after);
 * otherwise the bound does: a bound on or before the end of the tally's period makes the agreement surely
 * before it, whether it straddles by its date ("2023" with a bound of 2023-05-10, against "2023-06") or has
 * no date at all. A later bound settles nothing: the agreement stays straddling, or undated.
 */
export function placeAgainstTally(signed: SignedEvidence, asOf: string): TallyPlacement {
  const bounded =
    signed.signed_no_later_than !== null && signed.signed_no_later_than <= partialDatePeriod(asOf)[1];
  if (signed.signed_date === null) return bounded ? 'before' : 'undated';
  const position = positionAgainst(signed.signed_date, asOf);
  return position === 'straddles' && bounded ? 'before' : position;
}
