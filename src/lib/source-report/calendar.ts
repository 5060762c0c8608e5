/**
 * Month and weekday names of a language, and the dates a paragraph gives.
 * The names come from the runtime's CLDR data (`Intl.DateTimeFormat`), never
 * from a hand list: the forms a date is written with ("13 октября", the
 * genitive) and the standalone ones ("октябрь"), long and short, in every
 * regional variant of the language the runtime knows (Arabic writes October
 * «أكتوبر» in Egypt, «تشرين الأول» in the Levant, «أكتوبر» and «اكتوبر»
 * in the Maghreb).
 */
import { asciiDigits, scriptOf, type Token } from './text.ts';
import { baseLanguage, foldWord, partsOf, withoutArabicEndings, wordKeys } from './word-forms.ts';

export interface CalendarWords {
	/** Each month name as the folded words it is written with ("تشرين الاول"), and its month (1–12). */
	months: { words: string[]; month: number; long: boolean }[];
	/** The keys of every long month and weekday name: words that are never names. */
	nameKeys: Set<string>;
}

const cache = new Map<string, CalendarWords>();

let regions: string[] | undefined;

/** Every region code the runtime names (two letters), computed once. */
export function regionCodes(): string[] {
	if (regions) return regions;
	const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
	const codes: string[] = [];
	for (let a = 65; a <= 90; a++)
		for (let b = 65; b <= 90; b++) {
			const code = String.fromCharCode(a, b);
			if (names.of(code)) codes.push(code);
		}
	regions = codes;
	return codes;
}

/** The language and each of its regional variants the runtime has data for. */
function variants(language: string): string[] {
	const lang = baseLanguage(language);
	const supported = Intl.DateTimeFormat.supportedLocalesOf(regionCodes().map((r) => `${lang}-${r}`));
	return [lang, ...supported];
}

const WHOLE_YEAR = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2001, i, 15)));
const WHOLE_WEEK = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2001, 0, 1 + i)));

function monthPart(format: Intl.DateTimeFormat, date: Date): string {
	return format.formatToParts(date).find((p) => p.type === 'month')?.value ?? '';
}

/** The calendar words of a language, computed once. */
export function calendarWords(language: string): CalendarWords {
	const lang = baseLanguage(language);
	const cached = cache.get(lang);
	if (cached) return cached;
	const months = new Map<string, { words: string[]; month: number; long: boolean }>();
	const nameKeys = new Set<string>();
	const weekdays = new Set<string>();
	const seen = new Set<string>();
	for (const locale of variants(lang)) {
		const opts = { timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' } as const;
		const dated = new Intl.DateTimeFormat(locale, { ...opts, month: 'long', day: 'numeric' });
		// Variants mostly repeat the language's own names: skip a locale whose months were all seen.
		const signature = WHOLE_YEAR.map((d) => dated.format(d)).join('|');
		if (seen.has(signature)) continue;
		seen.add(signature);
		const forms = [
			{ format: new Intl.DateTimeFormat(locale, { ...opts, month: 'long' }), long: true },
			{ format: dated, long: true },
			{ format: new Intl.DateTimeFormat(locale, { ...opts, month: 'short' }), long: false },
			{ format: new Intl.DateTimeFormat(locale, { ...opts, month: 'short', day: 'numeric' }), long: false },
		];
		for (const { format, long } of forms) {
			WHOLE_YEAR.forEach((date, index) => {
				const words = monthPart(format, date)
					.split(/[\s.]+/)
					.filter((w) => /\p{L}/u.test(w))
					.map(foldWord);
				const key = words.join(' ');
				if (words.length === 0 || /\p{N}/u.test(key)) return;
				const known = months.get(key);
				if (!known || (long && !known.long)) months.set(key, { words, month: index + 1, long });
			});
		}
		const weekday = new Intl.DateTimeFormat(locale, { ...opts, weekday: 'long' });
		for (const date of WHOLE_WEEK) weekdays.add(weekday.format(date));
	}
	// A long name of one word, and a weekday, are never a name («الثاني» of «كانون الثاني» may be).
	for (const { words, long } of months.values()) if (long && words.length === 1) addNameKeys(nameKeys, words[0]!, lang);
	for (const day of weekdays) if (!/\s/.test(day.trim())) addNameKeys(nameKeys, day, lang);
	const result = { months: [...months.values()].sort((a, b) => b.words.length - a.words.length), nameKeys };
	cache.set(lang, result);
	return result;
}

// Arabic keys of the word itself and its stem, not its other readings (فبراير is no ف + براير).
function addNameKeys(keys: Set<string>, word: string, lang: string): void {
	const folded = foldWord(word);
	keys.add(folded);
	if (scriptOf(folded) === 'Arabic') {
		const stem = withoutArabicEndings(folded);
		if (stem.length >= 3) keys.add(stem);
	} else for (const key of wordKeys(word, lang)) keys.add(key);
}

/** True when a word is a month or weekday name of the language (in any of its forms). */
export function isCalendarWord(word: string, language: string): boolean {
	const { nameKeys } = calendarWords(language);
	return partsOf(word).length === 1 && wordKeys(word, language).some((k) => nameKeys.has(k));
}

export interface GivenDate {
	/** As the paragraph writes it ("12 October", «13 أكتوبر»). */
	text: string;
	/** First and last token of it. */
	first: number;
	last: number;
	sentence: number;
	month: number;
	day: number;
	/** The last day, for a range ("13–14 October"). */
	endDay?: number;
	year?: number;
}

const DAY = /^(\d{1,2})(?:st|nd|rd|th|er|e|ème|eme|-?го|-?е|-?ого)?$/iu;
const YEAR = /^(1[89]\d\d|20\d\d)$/;

function dayOf(token: Token | undefined): number | undefined {
	if (!token?.number) return undefined;
	const day = Number(DAY.exec(asciiDigits(token.text))?.[1] ?? NaN);
	return day >= 1 && day <= 31 ? day : undefined;
}

function yearOf(token: Token | undefined): number | undefined {
	if (!token?.number) return undefined;
	const year = YEAR.exec(asciiDigits(token.text))?.[1];
	return year ? Number(year) : undefined;
}

/** The month name that starts at token `i`, as its month and its last token. */
function monthAt(tokens: readonly Token[], i: number, language: string): { month: number; last: number } | undefined {
	const { months } = calendarWords(language);
	for (const { words, month } of months) {
		const slice = tokens.slice(i, i + words.length);
		if (slice.length < words.length) continue;
		// A month may carry an attached Arabic preposition (بأكتوبر) or a Russian case ending (в октябре).
		const ok = words.every((word, k) => {
			const keys = wordKeys(slice[k]!.text, language);
			return keys.includes(word) || (words.length === 1 && word.length > 3 && meetsStem(keys, word, language));
		});
		if (ok) return { month, last: i + words.length - 1 };
	}
	return undefined;
}

function meetsStem(keys: readonly string[], word: string, language: string): boolean {
	const own = new Set(wordKeys(word, language));
	return keys.some((k) => own.has(k));
}

// Between two days of a range: a dash, or "and", "и", "و", "et", "ve"…
function joinsRange(between: Token, next: Token | undefined): boolean {
	return next !== undefined && dayOf(next) !== undefined && /^(?:and|и|et|ve|und|y|e|و)$/iu.test(between.text);
}

/** Every day-and-month date a paragraph gives: "12 October 2022", "October 12", «13 أكتوبر», "13–14 октября". */
export function givenDates(tokens: readonly Token[], language: string, paragraph: string): GivenDate[] {
	const found: GivenDate[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		let day = dayOf(token);
		let endDay: number | undefined;
		let first = i;
		let monthStart = i + 1;
		if (day === undefined && token.number) {
			// A range written as one word: "13-14".
			const range = /^(\d{1,2})[‐‑–-](\d{1,2})$/u.exec(asciiDigits(token.text));
			if (range) [day, endDay] = [Number(range[1]), Number(range[2])];
		}
		if (day !== undefined) {
			const next = tokens[i + 1];
			// "13–14", and «13 و14», whose و the tokenizer leaves between the two.
			if (next && /^(?:[–—-]|[وف])$/u.test(token.after) && dayOf(next) !== undefined) {
				endDay = dayOf(next);
				monthStart = i + 2;
			} else if (next && joinsRange(next, tokens[i + 2])) {
				endDay = dayOf(tokens[i + 2]);
				monthStart = i + 3;
			}
			const month = monthAt(tokens, monthStart, language);
			if (month) {
				// "October/تشرين الأول": a second name of the same month is skipped.
				let last = month.last;
				if (tokens[last]!.after === '/' && monthAt(tokens, last + 1, language))
					last = monthAt(tokens, last + 1, language)!.last;
				const year = yearOf(tokens[last + 1]);
				if (year !== undefined) last++;
				found.push(dated(tokens, paragraph, first, last, month.month, day, endDay, year));
				i = last;
				continue;
			}
		}
		const month = monthAt(tokens, i, language);
		const after = month ? dayOf(tokens[month.last + 1]) : undefined;
		if (month && after !== undefined) {
			// "October 12, 2022"
			first = i;
			let last = month.last + 1;
			const year = yearOf(tokens[last + 1]);
			if (year !== undefined) last++;
			found.push(dated(tokens, paragraph, first, last, month.month, after, undefined, year));
			i = last;
		}
	}
	return found;
}

function dated(
	tokens: readonly Token[],
	paragraph: string,
	first: number,
	last: number,
	month: number,
	day: number,
	endDay: number | undefined,
	year: number | undefined,
): GivenDate {
	return {
		text: paragraph.slice(tokens[first]!.start, tokens[last]!.end),
		first,
		last,
		sentence: tokens[first]!.sentence,
		month,
		day,
		...(endDay !== undefined ? { endDay } : {}),
		...(year !== undefined ? { year } : {}),
	};
}
