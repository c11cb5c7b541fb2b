const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian), without `Date`. */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of an ISO `YYYY-MM-DD` date that exists in the calendar, else undefined. */
export function parseIsoDate(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return undefined;
  return dayNumber(year, month, day);
}

/** Today's date in UTC as `YYYY-MM-DD`: the one place evaluation reads the clock. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
