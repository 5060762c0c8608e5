/** Dates and numbers in the reader's language, through `Intl`. */
import { INTL_LOCALE, type Locale } from './language-table.ts';

/** Intl formatters are slow to make and a build formats thousands of dates: each is made once. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
	let formatter = formatters.get(key) as F | undefined;
	if (!formatter) formatters.set(key, (formatter = make()));
	return formatter;
}

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the precision it was written with. */
export function formatDate(date: string, locale: Locale): string {
	const [year, month, day] = date.split('-').map(Number);
	const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
	const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
	const formatter = cached(`date:${locale}:${precision}`, () => {
		const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
		if (precision !== 'year') options.month = 'long';
		if (precision === 'day') options.day = 'numeric';
		return new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
	});
	return formatter.format(value);
}

/** A range of full dates; a single date when both ends are the same day. */
export function formatDateRange(start: string, end: string, locale: Locale): string {
	if (start === end) return formatDate(start, locale);
	const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
	return cached(
		`range:${locale}`,
		() => new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', dateStyle: 'long' }),
	).formatRange(toDate(start), toDate(end));
}

export function formatNumber(value: number, locale: Locale): string {
	return cached(`number:${locale}`, () => new Intl.NumberFormat(INTL_LOCALE[locale])).format(value);
}
