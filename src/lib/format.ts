/** Dates and numbers in the reader's language, through `Intl`. */
import type { Locale } from './locales.ts';

/** The Intl locale of each language: British English dates, Arabic with its own month names. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ar: 'ar' };

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the precision it was written with. */
export function formatDate(date: string, locale: Locale): string {
	const [year, month, day] = date.split('-').map(Number);
	const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
	const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
	if (month !== undefined) options.month = 'long';
	if (day !== undefined) options.day = 'numeric';
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(value);
}

/** A range of full dates; a single date when both ends are the same day. */
export function formatDateRange(start: string, end: string, locale: Locale): string {
	if (start === end) return formatDate(start, locale);
	const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', dateStyle: 'long' }).formatRange(
		toDate(start),
		toDate(end),
	);
}

export function formatNumber(value: number, locale: Locale): string {
	return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

/** Joins names as a list the language reads naturally ("A, B and C" / "أ وب وج"). */
export function formatList(items: string[], locale: Locale): string {
	return new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(items);
}
