/**
 * Counts and ordinals as sources write them: digits in any script, English
 * number words through `compromise`, and for the other languages the
 * ordinals of a summit's edition (first to twentieth), which no maintained
 * list gives across languages. Ordinal words are matched by their keys, so
 * "шестого" is "шестой" and «السادسة» is «السادس».
 */
import nlp from 'compromise';
import { asciiDigits, type Token } from './text.ts';
import { baseLanguage, meet, wordKeys } from './word-forms.ts';

const ORDINALS: Readonly<Record<string, readonly string[]>> = {
	ru: ['первый', 'второй', 'третий', 'четвёртый', 'пятый', 'шестой', 'седьмой', 'восьмой', 'девятый', 'десятый', 'одиннадцатый', 'двенадцатый', 'тринадцатый', 'четырнадцатый', 'пятнадцатый', 'шестнадцатый', 'семнадцатый', 'восемнадцатый', 'девятнадцатый', 'двадцатый'],
	ar: ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي عشر', 'الثاني عشر', 'الثالث عشر', 'الرابع عشر', 'الخامس عشر', 'السادس عشر', 'السابع عشر', 'الثامن عشر', 'التاسع عشر', 'العشرون'],
	fr: ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième', 'vingtième'],
	tr: ['birinci', 'ikinci', 'üçüncü', 'dördüncü', 'beşinci', 'altıncı', 'yedinci', 'sekizinci', 'dokuzuncu', 'onuncu', 'on birinci', 'on ikinci', 'on üçüncü', 'on dördüncü', 'on beşinci', 'on altıncı', 'on yedinci', 'on sekizinci', 'on dokuzuncu', 'yirminci'],
}; // prettier-ignore

const ROMAN = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

function roman(text: string): number | undefined {
	if (!ROMAN.test(text)) return undefined;
	let total = 0;
	for (let i = 0; i < text.length; i++) {
		const value = ROMAN_VALUES[text[i]!]!;
		const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
		total += value < next ? -value : value;
	}
	return total;
}

export interface NumberAt {
	value: number;
	/** Its last token (a number may be several words: "eleven", «الحادي عشر»). */
	last: number;
}

/** A cardinal at token `i`: digits ("11", «١١») or an English number word ("eleven"). */
export function cardinalAt(tokens: readonly Token[], i: number, language: string): NumberAt | undefined {
	const token = tokens[i];
	if (!token) return undefined;
	const digits = /^(\d+)$/u.exec(asciiDigits(token.text));
	if (digits) return { value: Number(digits[1]), last: i };
	if (baseLanguage(language) === 'en' && token.script === 'Latin') {
		const doc = nlp(token.text);
		if (doc.has('#Cardinal')) {
			const value = (doc.numbers().get() as number[])[0];
			if (typeof value === 'number') return { value, last: i };
		}
	}
	return undefined;
}

/** An ordinal at token `i`: "6th", "sixth", "6-й", "VI", «السادسة», "sixième", "6e". */
export function ordinalAt(tokens: readonly Token[], i: number, language: string): NumberAt | undefined {
	const token = tokens[i];
	if (!token) return undefined;
	const text = asciiDigits(token.text);
	const suffixed = /^(\d{1,3})(?:st|nd|rd|th|-?й|-?го|-?я|-?е|e|er|ème|eme|\.)$/iu.exec(text);
	if (suffixed) return { value: Number(suffixed[1]), last: i };
	const numeral = roman(token.text);
	if (numeral !== undefined && token.acronym) return { value: numeral, last: i };
	const lang = baseLanguage(language);
	if (lang === 'en' && token.script === 'Latin') {
		const doc = nlp(token.text);
		if (doc.has('#Ordinal')) {
			const value = (doc.numbers().get() as number[])[0];
			if (typeof value === 'number') return { value, last: i };
		}
		return undefined;
	}
	const words = ORDINALS[lang] ?? (token.script === 'Arabic' ? ORDINALS['ar'] : undefined);
	if (!words) return undefined;
	// Longest first: «الحادي عشر» before «الحادي».
	for (let n = words.length; n >= 1; n--) {
		const parts = words[n - 1]!.split(' ');
		const slice = tokens.slice(i, i + parts.length);
		if (slice.length === parts.length && parts.every((p, k) => meet(wordKeys(slice[k]!.text, lang), wordKeys(p, lang))))
			return { value: n, last: i + parts.length - 1 };
	}
	return undefined;
}
