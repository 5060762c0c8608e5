/** Calendar dates as strings (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): no time zones, no `Date` drift. */

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a date written `YYYY-MM-DD` that exists in the calendar (no 30 February). */
export function isCalendarDate(value: string): boolean {
	return FULL_DATE.test(value) && isPartialDate(value);
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real year, month or day. */
export function isPartialDate(value: string): boolean {
	const match = PARTIAL_DATE.exec(value);
	if (!match) return false;
	const year = Number(match[1]);
	if (match[2] === undefined) return true;
	const month = Number(match[2]);
	if (month < 1 || month > 12) return false;
	if (match[3] === undefined) return true;
	const day = Number(match[3]);
	return day >= 1 && day <= daysInMonth(year, month);
}

/** Orders partial dates; a less precise date sorts before a more precise one of the same period. */
export function compareDates(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The year of a partial date, as a number. */
export function yearOf(date: string): number {
	return Number(date.slice(0, 4));
}
