/**
 * Finnish working-day arithmetic for response promises ("we reply within N working days").
 *
 * Counting follows Act 150/1930 on counting time limits: the day of the event is not counted,
 * and only Monday–Friday days that are not public holidays, Midsummer Eve or Christmas Eve
 * (nor a service's own closed days) are counted.
 *
 * All arithmetic is done on calendar dates with `Date.UTC`, so the time zone of the machine
 * running the code never matters. `Date` inputs are instants and are read as calendar dates
 * in an explicit IANA time zone (default `Europe/Helsinki`).
 *
 * @packageDocumentation
 */

/**
 * A calendar date: either a `'YYYY-MM-DD'` string (taken as is), or a `Date` instant, which
 * is read as its calendar date in the time zone given in {@link WorkingDayOptions.timeZone}
 * (default `Europe/Helsinki`).
 */
export type DateInput = Date | string;

/** Options shared by {@link isWorkingDay} and {@link addWorkingDays}. */
export interface WorkingDayOptions {
  /** Extra closed dates (e.g. a service's own closing days), 'YYYY-MM-DD' or Date. */
  closedDays?: readonly DateInput[];
  /** IANA time zone whose calendar is used to read Date instants. Default 'Europe/Helsinki'. */
  timeZone?: string;
}

/** Identifier of a Finnish holiday or day off, stable across languages (use it to look up a label). */
export type HolidayKey =
  | 'newYear'
  | 'epiphany'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'mayDay'
  | 'ascension'
  | 'whitsun'
  | 'midsummerEve'
  | 'midsummerDay'
  | 'allSaints'
  | 'independence'
  | 'christmasEve'
  | 'christmas'
  | 'boxingDay';

/** One Finnish holiday or day off in a given year. */
export interface Holiday {
  /** Calendar date, 'YYYY-MM-DD'. */
  date: string;
  /** Which holiday it is. */
  key: HolidayKey;
  /** Whether the day is a day off for working-day counting (true for every listed day). */
  closed: boolean;
}

/** The default time zone used to read `Date` instants. */
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

const DAY_MS = 86_400_000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

// ---------------------------------------------------------------------------
// Calendar-date helpers. A "day number" is whole days since 1970-01-01 (UTC).
// ---------------------------------------------------------------------------

/** Day number of a calendar date (month 1–12). Handles years 0–99 that Date.UTC would shift. */
function dayNumber(year: number, month: number, day: number): number {
  let ms = Date.UTC(year, month - 1, day);
  if (year >= 0 && year < 100) {
    const d = new Date(ms);
    d.setUTCFullYear(year, month - 1, day);
    ms = d.getTime();
  }
  return Math.round(ms / DAY_MS);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
function weekday(dayNum: number): number {
  return (((dayNum + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** 'YYYY-MM-DD' of a day number. */
function toISO(dayNum: number): string {
  const d = new Date(dayNum * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Day number of a validated 'YYYY-MM-DD' string. */
function fromISO(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Invalid year: ${String(year)} (expected an integer from ${MIN_YEAR} to ${MAX_YEAR})`);
  }
}

// ---------------------------------------------------------------------------
// Easter and holidays
// ---------------------------------------------------------------------------

/** Day number of Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayNumber(year, Math.floor(n / 31), (n % 31) + 1);
}

/**
 * Date of (Western, Gregorian) Easter Sunday, computed with the anonymous Gregorian
 * computus (Meeus/Jones/Butcher algorithm).
 *
 * @param year - Year from 1 to 9999 (meaningful from 1583, the first Gregorian Easter).
 * @returns The date as 'YYYY-MM-DD'.
 * @throws RangeError if `year` is not an integer from 1 to 9999.
 */
export function easterSunday(year: number): string {
  checkYear(year);
  return toISO(easterDay(year));
}

interface YearData {
  readonly list: readonly Readonly<Holiday>[];
  readonly closed: ReadonlySet<string>;
}

const yearCache = new Map<number, YearData>();

function yearData(year: number): YearData {
  const cached = yearCache.get(year);
  if (cached) return cached;
  checkYear(year);

  const easter = easterDay(year);
  const june19 = dayNumber(year, 6, 19);
  const midsummerEve = june19 + ((5 - weekday(june19) + 7) % 7); // Friday 19–25 June
  const oct31 = dayNumber(year, 10, 31);
  const allSaints = oct31 + ((6 - weekday(oct31) + 7) % 7); // Saturday 31 Oct – 6 Nov

  const days: [HolidayKey, number][] = [
    ['newYear', dayNumber(year, 1, 1)],
    ['epiphany', dayNumber(year, 1, 6)],
    ['goodFriday', easter - 2],
    ['easterSunday', easter],
    ['easterMonday', easter + 1],
    ['mayDay', dayNumber(year, 5, 1)],
    ['ascension', easter + 39],
    ['whitsun', easter + 49],
    ['midsummerEve', midsummerEve],
    ['midsummerDay', midsummerEve + 1],
    ['allSaints', allSaints],
    ['independence', dayNumber(year, 12, 6)],
    ['christmasEve', dayNumber(year, 12, 24)],
    ['christmas', dayNumber(year, 12, 25)],
    ['boxingDay', dayNumber(year, 12, 26)],
  ];
  // Stable sort: days sharing a date (mayDay and ascension in 2008) keep the order above.
  days.sort((x, y) => x[1] - y[1]);

  const list = days.map(([key, day]) => Object.freeze({ date: toISO(day), key, closed: true }));
  const data: YearData = {
    list: Object.freeze(list),
    closed: new Set(list.filter((h) => h.closed).map((h) => h.date)),
  };
  yearCache.set(year, data);
  return data;
}

/**
 * Finnish public holidays and the customary days off (Midsummer Eve, Christmas Eve) of a year,
 * sorted by date. Every listed day is a day off (`closed: true`); holidays that fall on a
 * weekend (Easter Sunday, Whitsun, Midsummer Day, All Saints' Day, …) are listed too.
 * Results are cached per year; the returned array is a fresh copy that may be modified.
 *
 * @param year - Year from 1 to 9999.
 * @throws RangeError if `year` is not an integer from 1 to 9999.
 */
export function finnishHolidays(year: number): Holiday[] {
  return yearData(year).list.map((h) => ({ ...h }));
}

// ---------------------------------------------------------------------------
// Reading inputs
// ---------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        era: 'short',
      });
    } catch {
      throw new RangeError(`Invalid time zone: ${JSON.stringify(timeZone)}`);
    }
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

/**
 * The calendar date of an input, as 'YYYY-MM-DD'.
 *
 * A string must be a valid calendar date in the form 'YYYY-MM-DD' and is returned unchanged.
 * A `Date` is an instant and is read in the calendar of `timeZone`; for example
 * `new Date('2026-12-23T22:30:00Z')` is `'2026-12-24'` in Europe/Helsinki.
 *
 * @param input - A 'YYYY-MM-DD' string or a `Date`.
 * @param timeZone - IANA time zone used to read a `Date`. Default 'Europe/Helsinki'.
 * @throws RangeError on an invalid date string (e.g. '2026-02-30', 'foo'), an invalid `Date`,
 *   an unknown time zone, a year outside 0001–9999, or an input that is neither string nor Date.
 */
export function toCalendarDate(input: DateInput, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (typeof input === 'string') {
    const match = ISO_DATE.exec(input);
    if (match) {
      const year = Number(match[1]);
      const month = Number(match[2]);
      const day = Number(match[3]);
      if (year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1) {
        const dayNum = dayNumber(year, month, day);
        if (toISO(dayNum) === input) return input;
      }
    }
    throw new RangeError(`Invalid calendar date: ${JSON.stringify(input)} (expected an existing date as 'YYYY-MM-DD')`);
  }
  if (input instanceof Date || Object.prototype.toString.call(input) === '[object Date]') {
    const time = (input as Date).getTime();
    if (Number.isNaN(time)) throw new RangeError('Invalid Date');
    const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
    for (const part of formatterFor(timeZone).formatToParts(time)) parts[part.type] = part.value;
    const year = Number(parts.year);
    if (parts.era !== 'AD' || !(year >= MIN_YEAR && year <= MAX_YEAR)) {
      throw new RangeError(`Date out of supported range (years ${MIN_YEAR}–${MAX_YEAR}): ${new Date(time).toISOString()}`);
    }
    return `${pad(year, 4)}-${pad(Number(parts.month), 2)}-${pad(Number(parts.day), 2)}`;
  }
  throw new RangeError(`Invalid date input: expected a 'YYYY-MM-DD' string or a Date, got ${typeof input}`);
}

function closedSet(options: WorkingDayOptions | undefined, timeZone: string): ReadonlySet<string> | undefined {
  const closedDays = options?.closedDays;
  if (!closedDays || closedDays.length === 0) return undefined;
  return new Set(closedDays.map((d) => toCalendarDate(d, timeZone)));
}

function isWorkingDayNumber(dayNum: number, iso: string, closed: ReadonlySet<string> | undefined): boolean {
  const wd = weekday(dayNum);
  if (wd === 0 || wd === 6) return false;
  if (yearData(Number(iso.slice(0, 4))).closed.has(iso)) return false;
  return !closed?.has(iso);
}

// ---------------------------------------------------------------------------
// Public working-day API
// ---------------------------------------------------------------------------

/**
 * Whether a calendar day is a working day: Monday–Friday, not a Finnish holiday or day off
 * (see {@link finnishHolidays}) and not one of `options.closedDays`.
 *
 * @param date - A 'YYYY-MM-DD' string or a `Date` (read in `options.timeZone`, default Europe/Helsinki).
 * @throws RangeError on invalid input (see {@link toCalendarDate}).
 */
export function isWorkingDay(date: DateInput, options?: WorkingDayOptions): boolean {
  const timeZone = options?.timeZone ?? DEFAULT_TIME_ZONE;
  const iso = toCalendarDate(date, timeZone);
  return isWorkingDayNumber(fromISO(iso), iso, closedSet(options, timeZone));
}

/**
 * The n-th working day after the calendar day of `from`, as 'YYYY-MM-DD'.
 * The day of `from` itself is never counted (Act 150/1930); `n = 0` returns that day.
 *
 * @param from - Day of receipt: a 'YYYY-MM-DD' string or a `Date` (read in `options.timeZone`).
 * @param n - Number of working days, a non-negative integer.
 * @throws RangeError if `n` is not a non-negative integer or `from` is invalid.
 */
export function addWorkingDaysISO(from: DateInput, n: number, options?: WorkingDayOptions): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Invalid number of working days: ${String(n)} (expected a non-negative integer)`);
  }
  const timeZone = options?.timeZone ?? DEFAULT_TIME_ZONE;
  let iso = toCalendarDate(from, timeZone);
  const closed = closedSet(options, timeZone);
  let dayNum = fromISO(iso);
  let left = n;
  while (left > 0) {
    dayNum += 1;
    iso = toISO(dayNum);
    if (isWorkingDayNumber(dayNum, iso, closed)) left -= 1;
  }
  return iso;
}

/**
 * The n-th working day after the calendar day of `from` (see {@link addWorkingDaysISO}).
 *
 * The result is returned as 12:00 UTC of the resulting calendar day, so formatting it in any
 * time zone from UTC−11 to UTC+11 (in particular Europe/Helsinki) shows the right day.
 *
 * @param from - Day of receipt: a 'YYYY-MM-DD' string or a `Date` (read in `options.timeZone`).
 * @param n - Number of working days, a non-negative integer.
 * @throws RangeError if `n` is not a non-negative integer or `from` is invalid.
 */
export function addWorkingDays(from: DateInput, n: number, options?: WorkingDayOptions): Date {
  return new Date(fromISO(addWorkingDaysISO(from, n, options)) * DAY_MS + DAY_MS / 2);
}

/**
 * A service's extra closed days from an attribute such as `closed-days="2026-12-31 2027-01-02"`
 * (separated by spaces, commas or semicolons). A value that is not a real 'YYYY-MM-DD' date is
 * left out and passed to `onBad` (for a console warning).
 */
export function closedDaysFrom(text: string, onBad?: (value: string) => void): string[] {
  return text.split(/[\s,;]+/).filter((d) => {
    if (!d) return false;
    try {
      if (toCalendarDate(d) === d) return true;
    } catch {
      // not a date: reported below
    }
    onBad?.(d);
    return false;
  });
}
