// SPDX-License-Identifier: EUPL-1.2

/**
 * Working days in the Netherlands: Monday to Friday except the national holidays that
 * government offices close on (Bevrijdingsdag only in lustrum years, as in the CAO Rijk).
 * Dates are judged in Europe/Amsterdam, the clock of the people reporting.
 */
const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) of an instant in Amsterdam. */
export function localDate(instant: Date): string {
  return amsterdamDate.format(instant);
}

function isoDay(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10);
}

function addDaysIso(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
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
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(year, month, day);
}

/** Dutch public holidays of a year as YYYY-MM-DD. */
export function publicHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const kingsDay = new Date(Date.UTC(year, 3, 27));
  // Koningsdag moves to the 26th when the 27th is a Sunday.
  const kings = kingsDay.getUTCDay() === 0 ? isoDay(year, 4, 26) : isoDay(year, 4, 27);
  const days = [
    isoDay(year, 1, 1),
    addDaysIso(easter, 1),
    kings,
    addDaysIso(easter, 39),
    addDaysIso(easter, 50),
    isoDay(year, 12, 25),
    isoDay(year, 12, 26),
  ];
  if (year % 5 === 0) days.push(isoDay(year, 5, 5));
  return new Set(days);
}

/** True for Monday–Friday that is not a public holiday. */
export function isWorkingDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(date.getUTCFullYear()).has(iso);
}

/**
 * The instant `days` working days after `start`, at the same time of day. A start outside
 * working days counts from the next working day. DST changes may shift the hour by one.
 */
export function addWorkingDays(start: Date, days: number): Date {
  let iso = localDate(start);
  let calendarDays = 0;
  let counted = 0;
  while (counted < days) {
    iso = addDaysIso(iso, 1);
    calendarDays += 1;
    if (isWorkingDay(iso)) counted += 1;
  }
  return new Date(start.getTime() + calendarDays * 86_400_000);
}

/** The instant `months` calendar months after `start` (clamped to the month's last day). */
export function addMonths(start: Date, months: number): Date {
  const result = new Date(start.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const last = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, last));
  return result;
}
