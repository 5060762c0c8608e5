/**
 * Spelling tolerance for search. Pagefind 1.6 already folds case, Latin
 * diacritics, Arabic harakat, tatweel, alef-with-hamza forms, ta marbuta and
 * alef maqsura (measured: see tests/site/browser/search.test.ts). What it does
 * not fold is covered here: Persian and Urdu letter forms, the superscript
 * alef, zero-width joiners, and hamza written on the line or dropped (the
 * rules themselves are in `arabic-text.ts`).
 */
import { normalizeArabic, standardArabic } from './arabic-text.ts';

/** Makes a query match text written in standard Arabic script, whatever keyboard typed it. */
export function normalizeQuery(query: string): string {
	return standardArabic(query).replace(/\s+/g, ' ').trim();
}

/**
 * The folded form of a name: one spelling for every way of writing it that
 * differs only in orthography (alef and hamza forms, ta marbuta, alef
 * maqsura, Latin diacritics, case and punctuation). Names are indexed in this form too,
 * so a query folded the same way finds them.
 */
export function foldName(text: string): string {
	// Hamza on a yeh carrier goes before decomposition, which would leave the yeh behind.
	return (
		normalizeArabic(text)
			.replace(/ئ/g, '')
			.replace(/ؤ/g, 'و')
			.replace(/ء/g, '')
			.normalize('NFD')
			.replace(/\p{Mn}/gu, '')
			// Dashes and other punctuation part words, as Pagefind parts them in the text: «C5+EU» is «c5 eu».
			.replace(/[^\p{L}\p{N}\p{M}\s]/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.toLowerCase()
			.normalize('NFC')
	);
}

/**
 * Every folded form a name is found by: with a hamza on a yeh seat dropped
 * («رئيسي» as «ريسي», the fold above) and kept as its seat («سائدي» as
 * «سايدي», as Pagefind folds the text it indexes): readers type it either way.
 */
export function nameFolds(text: string): string[] {
	return [...new Set([foldName(text), foldName(text.replace(/ئ/g, 'ي'))])];
}

/** The words of a text, folded as names are: runs of letters and digits. */
export function foldedWords(text: string): string[] {
	return foldName(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}
