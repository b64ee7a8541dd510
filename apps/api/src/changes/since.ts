const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

function utc(year: number, month: number, day: number): Date | null {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : null;
}

/**
 * Reads an ISO 8601 date ("2026-11-28", midnight UTC) or an instant with its time zone
 * ("2026-11-28T12:00:00Z", "2026-11-28T13:00+01:00") as the UTC instant the changelog stores
 * ("2026-11-28T12:00:00.000Z"), or null when it is not one (a day that does not exist included).
 */
export function parseSince(text: string): string | null {
  const date = DATE.exec(text);
  if (date) return utc(Number(date[1]), Number(date[2]), Number(date[3]))?.toISOString() ?? null;
  const instant = INSTANT.exec(text);
  if (!instant) return null;
  const [, year, month, day, hour, minute, second, fraction, zulu, sign, offsetHours, offsetMinutes] =
    instant;
  const day0 = utc(Number(year), Number(month), Number(day));
  const h = Number(hour);
  const m = Number(minute);
  const s = Number(second ?? 0);
  const oh = Number(offsetHours ?? 0);
  const om = Number(offsetMinutes ?? 0);
  if (!day0 || h > 23 || m > 59 || s > 59 || oh > 23 || om > 59) return null;
  const millis = Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (oh * 60 + om);
  const at = day0.getTime() + ((h * 60 + m - offset) * 60 + s) * 1000 + millis;
  const result = new Date(at);
  // Instants that fall outside years 0000–9999 would not compare as text with the stored ones.
  const inRange = result.getUTCFullYear() >= 0 && result.getUTCFullYear() <= 9999;
  return Number.isNaN(result.getTime()) || !inRange ? null : result.toISOString();
}
