import { expect } from '@open-wc/testing';
import {
  addWorkingDays,
  addWorkingDaysISO,
  easterSunday,
  finnishHolidays,
  isWorkingDay,
  toCalendarDate,
  type HolidayKey,
} from '../src/core/working-days.js';

// Every expected value below is written out by hand from the rules in
// shared/notes/domain.md and from published Easter dates, never computed by the code under test.

/** Calendar date of a Date in a given time zone, via Intl (independent of the module). */
function dayIn(date: Date, timeZone: string): string {
  // From the parts: en-CA's pattern is 2025-11-28 in Chromium and Firefox but 11/28/2025 in WebKitGTK.
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

describe('working-days', () => {
  describe('easterSunday', () => {
    const published: [number, string][] = [
      [1583, '1583-04-10'], // first Gregorian Easter
      [1818, '1818-03-22'], // earliest possible date
      [1943, '1943-04-25'], // latest possible date
      [1961, '1961-04-02'],
      [2000, '2000-04-23'],
      [2008, '2008-03-23'],
      [2011, '2011-04-24'],
      [2013, '2013-03-31'],
      [2016, '2016-03-27'],
      [2019, '2019-04-21'],
      [2020, '2020-04-12'],
      [2021, '2021-04-04'],
      [2022, '2022-04-17'],
      [2023, '2023-04-09'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2028, '2028-04-16'],
      [2038, '2038-04-25'], // latest possible date
      [2100, '2100-03-28'],
      [2285, '2285-03-22'], // earliest possible date
    ];
    for (const [year, date] of published) {
      it(`is ${date} in ${year}`, () => {
        expect(easterSunday(year)).to.equal(date);
      });
    }

    it('rejects a non-integer or out-of-range year', () => {
      expect(() => easterSunday(2025.5)).to.throw(RangeError);
      expect(() => easterSunday(Number.NaN)).to.throw(RangeError);
      expect(() => easterSunday(0)).to.throw(RangeError);
      expect(() => easterSunday(10000)).to.throw(RangeError);
    });
  });

  describe('finnishHolidays', () => {
    const tables: Record<number, [string, HolidayKey][]> = {
      2025: [
        ['2025-01-01', 'newYear'],
        ['2025-01-06', 'epiphany'],
        ['2025-04-18', 'goodFriday'],
        ['2025-04-20', 'easterSunday'],
        ['2025-04-21', 'easterMonday'],
        ['2025-05-01', 'mayDay'],
        ['2025-05-29', 'ascension'],
        ['2025-06-08', 'whitsun'],
        ['2025-06-20', 'midsummerEve'],
        ['2025-06-21', 'midsummerDay'],
        ['2025-11-01', 'allSaints'],
        ['2025-12-06', 'independence'],
        ['2025-12-24', 'christmasEve'],
        ['2025-12-25', 'christmas'],
        ['2025-12-26', 'boxingDay'],
      ],
      2026: [
        ['2026-01-01', 'newYear'],
        ['2026-01-06', 'epiphany'],
        ['2026-04-03', 'goodFriday'],
        ['2026-04-05', 'easterSunday'],
        ['2026-04-06', 'easterMonday'],
        ['2026-05-01', 'mayDay'],
        ['2026-05-14', 'ascension'],
        ['2026-05-24', 'whitsun'],
        ['2026-06-19', 'midsummerEve'],
        ['2026-06-20', 'midsummerDay'],
        ['2026-10-31', 'allSaints'],
        ['2026-12-06', 'independence'],
        ['2026-12-24', 'christmasEve'],
        ['2026-12-25', 'christmas'],
        ['2026-12-26', 'boxingDay'],
      ],
      2027: [
        ['2027-01-01', 'newYear'],
        ['2027-01-06', 'epiphany'],
        ['2027-03-26', 'goodFriday'],
        ['2027-03-28', 'easterSunday'],
        ['2027-03-29', 'easterMonday'],
        ['2027-05-01', 'mayDay'],
        ['2027-05-06', 'ascension'],
        ['2027-05-16', 'whitsun'],
        ['2027-06-25', 'midsummerEve'],
        ['2027-06-26', 'midsummerDay'],
        ['2027-11-06', 'allSaints'],
        ['2027-12-06', 'independence'],
        ['2027-12-24', 'christmasEve'],
        ['2027-12-25', 'christmas'],
        ['2027-12-26', 'boxingDay'],
      ],
    };
    for (const [year, table] of Object.entries(tables)) {
      it(`lists all 15 days off of ${year} in date order`, () => {
        const expected = table.map(([date, key]) => ({ date, key, closed: true }));
        expect(finnishHolidays(Number(year))).to.deep.equal(expected);
      });
    }

    it('lists both May Day and Ascension Day when they share 1 May (2008)', () => {
      const may1 = finnishHolidays(2008).filter((h) => h.date === '2008-05-01');
      expect(may1.map((h) => h.key)).to.deep.equal(['mayDay', 'ascension']);
      expect(finnishHolidays(2008)).to.have.length(15);
    });

    it('sorts Ascension Day (30 April) before May Day when Easter is 22 March (2285)', () => {
      const spring = finnishHolidays(2285)
        .filter((h) => h.date > '2285-03-01' && h.date < '2285-06-01')
        .map((h) => [h.date, h.key]);
      expect(spring).to.deep.equal([
        ['2285-03-20', 'goodFriday'],
        ['2285-03-22', 'easterSunday'],
        ['2285-03-23', 'easterMonday'],
        ['2285-04-30', 'ascension'],
        ['2285-05-01', 'mayDay'],
        ['2285-05-10', 'whitsun'],
      ]);
    });

    it('always lists 15 closed days in date order', () => {
      for (let year = 1900; year <= 2300; year++) {
        const dates = finnishHolidays(year).map((h) => h.date);
        expect(dates, `${year}`).to.have.length(15);
        expect(dates, `${year}`).to.deep.equal([...dates].sort());
        expect(finnishHolidays(year).every((h) => h.closed), `${year}`).to.equal(true);
      }
    });

    const find = (year: number, key: HolidayKey) => finnishHolidays(year).find((h) => h.key === key)?.date;

    it('puts Midsummer Eve on 19 June when 19 June is a Friday', () => {
      for (const year of [2015, 2020, 2026]) {
        expect(find(year, 'midsummerEve'), `${year}`).to.equal(`${year}-06-19`);
        expect(find(year, 'midsummerDay'), `${year}`).to.equal(`${year}-06-20`);
      }
    });

    it('puts Midsummer Eve on 25 June when 25 June is a Friday', () => {
      for (const year of [2021, 2027]) {
        expect(find(year, 'midsummerEve'), `${year}`).to.equal(`${year}-06-25`);
        expect(find(year, 'midsummerDay'), `${year}`).to.equal(`${year}-06-26`);
      }
    });

    it("puts All Saints' Day on 31 October when 31 October is a Saturday", () => {
      for (const year of [2015, 2020, 2026]) {
        expect(find(year, 'allSaints'), `${year}`).to.equal(`${year}-10-31`);
      }
    });

    it("puts All Saints' Day on 6 November when 6 November is a Saturday", () => {
      for (const year of [2021, 2027]) {
        expect(find(year, 'allSaints'), `${year}`).to.equal(`${year}-11-06`);
      }
    });

    it('returns a copy that callers cannot use to corrupt the cache', () => {
      const first = finnishHolidays(2026);
      first[0]!.date = '1999-01-01';
      first.pop();
      const again = finnishHolidays(2026);
      expect(again).to.have.length(15);
      expect(again[0]!.date).to.equal('2026-01-01');
      expect(isWorkingDay('2026-12-26')).to.equal(false);
    });
  });

  describe('toCalendarDate', () => {
    it('returns a valid YYYY-MM-DD string unchanged', () => {
      expect(toCalendarDate('2026-04-05')).to.equal('2026-04-05');
      expect(toCalendarDate('2024-02-29')).to.equal('2024-02-29');
    });

    it('reads a Date instant in the Helsinki calendar by default', () => {
      const instant = new Date('2026-12-23T22:30:00Z'); // 00:30 on 24.12 in Helsinki (UTC+2)
      expect(toCalendarDate(instant)).to.equal('2026-12-24');
      expect(toCalendarDate(instant, 'Europe/Helsinki')).to.equal('2026-12-24');
      expect(toCalendarDate(instant, 'UTC')).to.equal('2026-12-23');
      expect(toCalendarDate(instant, 'America/New_York')).to.equal('2026-12-23');
    });

    it('follows the Helsinki daylight-saving changes', () => {
      // Spring 2026: clocks go forward on Sunday 29 March at 01:00 UTC (UTC+2 -> UTC+3).
      expect(toCalendarDate(new Date('2026-03-28T22:30:00Z'))).to.equal('2026-03-29'); // 00:30 +2
      expect(toCalendarDate(new Date('2026-03-29T21:30:00Z'))).to.equal('2026-03-30'); // 00:30 +3
      // Autumn 2026: clocks go back on Sunday 25 October at 01:00 UTC (UTC+3 -> UTC+2).
      expect(toCalendarDate(new Date('2026-10-24T21:30:00Z'))).to.equal('2026-10-25'); // 00:30 +3
      expect(toCalendarDate(new Date('2026-10-25T21:30:00Z'))).to.equal('2026-10-25'); // 23:30 +2
      expect(toCalendarDate(new Date('2026-10-25T22:30:00Z'))).to.equal('2026-10-26'); // 00:30 +2
    });

    it('throws RangeError on invalid input', () => {
      const bad: unknown[] = [
        '2026-02-30',
        '2025-02-29',
        '2026-13-01',
        '2026-00-10',
        '2026-04-31',
        '0000-01-01',
        '2026-1-5',
        '2026-01-05T00:00:00Z',
        ' 2026-01-05',
        '',
        'foo',
        new Date(Number.NaN),
        20260105,
        null,
        undefined,
      ];
      for (const input of bad) {
        expect(() => toCalendarDate(input as string), String(input)).to.throw(RangeError);
      }
    });

    it('throws RangeError on an unknown time zone', () => {
      expect(() => toCalendarDate(new Date('2026-01-05T12:00:00Z'), 'Mars/Olympus_Mons')).to.throw(RangeError);
    });
  });

  describe('isWorkingDay', () => {
    it('is true on ordinary weekdays', () => {
      for (const date of ['2026-01-02', '2026-01-07', '2026-04-07', '2026-06-18', '2026-12-23', '2025-12-31', '2027-12-07']) {
        expect(isWorkingDay(date), date).to.equal(true);
      }
    });

    it('is false on weekends', () => {
      for (const date of ['2026-01-03', '2026-01-04', '2025-11-22', '2025-11-23', '2027-03-27']) {
        expect(isWorkingDay(date), date).to.equal(false);
      }
    });

    it('is false on holidays and days off that fall on a weekday', () => {
      const closed = [
        '2026-01-01', // New Year's Day, Thu
        '2026-01-06', // Epiphany, Tue
        '2026-04-03', // Good Friday
        '2026-04-06', // Easter Monday
        '2026-05-01', // May Day, Fri
        '2026-05-14', // Ascension Day, Thu
        '2026-06-19', // Midsummer Eve, Fri
        '2026-12-24', // Christmas Eve, Thu
        '2026-12-25', // Christmas Day, Fri
        '2025-12-26', // Boxing Day, Fri
        '2027-12-06', // Independence Day, Mon
      ];
      for (const date of closed) {
        expect(isWorkingDay(date), date).to.equal(false);
      }
    });

    it('is true on the weekdays right after holidays', () => {
      for (const date of ['2026-04-07', '2026-05-15', '2026-06-22', '2027-11-08', '2027-12-07', '2027-12-27']) {
        expect(isWorkingDay(date), date).to.equal(true);
      }
    });

    it('honours closedDays given as strings or Date instants', () => {
      expect(isWorkingDay('2026-01-07', { closedDays: ['2026-01-07'] })).to.equal(false);
      // 22:30 UTC on 6.1 is already 7.1 in Helsinki.
      expect(isWorkingDay('2026-01-07', { closedDays: [new Date('2026-01-06T22:30:00Z')] })).to.equal(false);
      expect(isWorkingDay('2026-01-08', { closedDays: ['2026-01-07'] })).to.equal(true);
    });

    it('reads a Date instant in the given time zone', () => {
      const instant = new Date('2026-12-23T22:30:00Z');
      expect(isWorkingDay(instant)).to.equal(false); // 24.12 in Helsinki
      expect(isWorkingDay(instant, { timeZone: 'UTC' })).to.equal(true); // 23.12 in UTC
    });

    it('throws RangeError on invalid input', () => {
      expect(() => isWorkingDay('2026-02-30')).to.throw(RangeError);
      expect(() => isWorkingDay('foo')).to.throw(RangeError);
      expect(() => isWorkingDay('2026-01-07', { closedDays: ['2026-02-31'] })).to.throw(RangeError);
    });
  });

  describe('addWorkingDays', () => {
    const cases: [string, string, number, string][] = [
      // [description, from, n, expected]
      ['n = 5 from Friday over a weekend', '2025-11-21', 5, '2025-11-28'],
      ['n = 2 from Thursday over a weekend', '2025-11-20', 2, '2025-11-24'],
      ['n = 5 from Sunday', '2026-11-22', 5, '2026-11-27'],
      ['n = 1 from Saturday', '2025-11-22', 1, '2025-11-24'],
      ['n = 1 from Sunday', '2025-11-23', 1, '2025-11-24'],
      ['n = 0 from a weekday returns that day', '2025-11-21', 0, '2025-11-21'],
      ['n = 0 from a Saturday returns that Saturday', '2025-11-22', 0, '2025-11-22'],
      ['n = 0 from a holiday returns that holiday', '2026-12-24', 0, '2026-12-24'],
      ['n = 1 over Easter 2026 (from Maundy Thursday)', '2026-04-02', 1, '2026-04-07'],
      ['n = 3 over Easter 2026 (from Maundy Thursday)', '2026-04-02', 3, '2026-04-09'],
      ['n = 1 over Easter 2025 (from Maundy Thursday)', '2025-04-17', 1, '2025-04-22'],
      ['n = 1 over Midsummer 2026', '2026-06-18', 1, '2026-06-22'],
      ['n = 1 over Midsummer 2025', '2025-06-19', 1, '2025-06-23'],
      ['n = 1 over Ascension Day 2026', '2026-05-13', 1, '2026-05-15'],
      ['n = 1 over May Day 2026', '2026-04-30', 1, '2026-05-04'],
      ['n = 1 over Independence Day 2027', '2027-12-03', 1, '2027-12-07'],
      ['n = 1 over Christmas 2025', '2025-12-23', 1, '2025-12-29'],
      ['n = 5 over Christmas and New Year', '2025-12-23', 5, '2026-01-05'],
      ['n = 6 over Christmas, New Year and Epiphany', '2025-12-23', 6, '2026-01-07'],
      ['n = 3 from Christmas Eve 2026', '2026-12-24', 3, '2026-12-30'],
      ['n = 10 (two weeks) from Monday', '2026-02-02', 10, '2026-02-16'],
    ];
    for (const [description, from, n, expected] of cases) {
      it(`${description}: ${from} + ${n} = ${expected}`, () => {
        expect(addWorkingDaysISO(from, n)).to.equal(expected);
        expect(addWorkingDays(from, n).toISOString()).to.equal(`${expected}T12:00:00.000Z`);
      });
    }

    it('returns 12:00 UTC, which shows the same day from UTC-11 to UTC+11', () => {
      const result = addWorkingDays('2025-11-21', 5);
      expect(result.getUTCDay()).to.equal(5); // Friday
      for (const zone of ['Europe/Helsinki', 'UTC', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Noumea']) {
        expect(dayIn(result, zone), zone).to.equal('2025-11-28');
      }
    });

    it('skips closedDays given as strings or Date instants', () => {
      const closedDays = ['2025-11-24', new Date('2025-11-26T22:30:00Z') /* 27.11 in Helsinki */];
      expect(addWorkingDaysISO('2025-11-21', 5, { closedDays })).to.equal('2025-12-02');
      expect(addWorkingDays('2025-11-21', 5, { closedDays }).toISOString()).to.equal('2025-12-02T12:00:00.000Z');
    });

    it('reads a late-evening UTC instant as the next day in Helsinki', () => {
      const instant = new Date('2026-12-23T22:30:00Z'); // Thursday 24.12 00:30 in Helsinki
      expect(addWorkingDaysISO(instant, 0)).to.equal('2026-12-24');
      expect(addWorkingDaysISO(instant, 0, { timeZone: 'UTC' })).to.equal('2026-12-23');
      expect(addWorkingDaysISO(instant, 3)).to.equal('2026-12-30');

      const thursdayEvening = new Date('2026-11-19T22:30:00Z'); // Friday 20.11 00:30 in Helsinki
      expect(addWorkingDaysISO(thursdayEvening, 1)).to.equal('2026-11-23');
      expect(addWorkingDaysISO(thursdayEvening, 1, { timeZone: 'UTC' })).to.equal('2026-11-20');
      expect(dayIn(addWorkingDays(thursdayEvening, 1), 'Europe/Helsinki')).to.equal('2026-11-23');
    });

    it('reads instants around the daylight-saving changes correctly', () => {
      // Spring: after the change Helsinki is UTC+3, so 21:30 UTC on Sunday 29.3 is Monday 30.3.
      expect(addWorkingDaysISO(new Date('2026-03-29T21:30:00Z'), 1)).to.equal('2026-03-31');
      // Autumn: after the change Helsinki is UTC+2, so 21:30 UTC on Sunday 25.10 is still Sunday.
      expect(addWorkingDaysISO(new Date('2026-10-25T21:30:00Z'), 1)).to.equal('2026-10-26');
      expect(addWorkingDaysISO(new Date('2026-10-25T22:30:00Z'), 1)).to.equal('2026-10-27');
    });

    it('accepts an ISO string input and a Date input for the same day alike', () => {
      expect(addWorkingDaysISO('2026-11-20', 1)).to.equal('2026-11-23');
      expect(addWorkingDaysISO(new Date('2026-11-20T09:00:00Z'), 1)).to.equal('2026-11-23');
    });

    it('throws RangeError when n is not a non-negative integer', () => {
      for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(() => addWorkingDays('2026-01-07', n), String(n)).to.throw(RangeError);
        expect(() => addWorkingDaysISO('2026-01-07', n), String(n)).to.throw(RangeError);
      }
    });

    it('throws RangeError on an invalid start date', () => {
      expect(() => addWorkingDays('2026-02-30', 1)).to.throw(RangeError);
      expect(() => addWorkingDays('foo', 1)).to.throw(RangeError);
      expect(() => addWorkingDays(new Date(Number.NaN), 1)).to.throw(RangeError);
    });
  });
});
