/**
 * Light stemming for Arabic search. Arabic attaches the conjunctions و and ف,
 * the prepositions ب ك ل and the article ال to the word it governs, and adds
 * pronoun and plural endings, so "والتعاون" and "تعاون" are one word to a
 * reader but two to an index. The site runs the same functions over the
 * indexed text and over the query, so both sides meet on one stem.
 *
 * The rules follow Larkey, Ballesteros and Connell's "light10" as Lucene's
 * ArabicNormalizer and ArabicStemmer implement it, with three changes: the
 * single-letter prefixes ب ك ل ف are stripped too (Lucene strips only و), and
 * both prefix and suffix stripping repeat until no rule applies. Each is
 * explained where it is made below.
 */
import { ARTICLE_FORMS, CONJUNCTIONS, normalizeArabic, PREPOSITIONS } from './arabic-text.ts';

const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/u;

// A word as the index and the query both cut it: letters and digits, with the marks and
// joiners that sit inside Arabic words (so a vowelled or stretched word stays whole). The
// zero-width joiners stand outside the class: inside it they would join their neighbours.
const WORD = /(?:[\p{L}\p{N}\p{M}\u200E\u200F\u061C]|\u200C|\u200D)+/gu;

// The article alone and fused with a particle, longest first (`ARTICLE_FORMS`); و apart, as
// it is stripped from shorter words than the other one-letter particles, ب ك ل ف.
const WAW = CONJUNCTIONS[0];
const CLITICS = new Set<string>([...CONJUNCTIONS, ...PREPOSITIONS].filter((p) => p !== WAW));

// Lucene/light10: an article goes only if two letters remain, and و only from a word of four
// letters or more, so a three-letter word (ولد، وصل) is never cut to two.
const MIN_AFTER_ARTICLE = 2;
const MIN_WORD_FOR_WAW = 4;
// Not in Lucene: ب ك ل ف only from a word of five letters or more. Many four-letter words
// begin with these letters (كتاب، بلاد، لجنة، فكرة), and a four-letter minimum would cut
// them to three. Five also makes "ب then ال" need exactly what Lucene asks of بال (two
// letters after the article), so stripping letter by letter agrees with Lucene's fused
// forms. The cost: a preposition on a three-letter word (بقمة، لدول) stays on.
const MIN_WORD_FOR_CLITIC = 5;

// Light10's suffixes in its order. They are written after normalization: light10's ية and ة
// are يه and ه by then.
export const ARABIC_SUFFIXES = [
	'\u0647\u0627', // ها
	'\u0627\u0646', // ان
	'\u0627\u062A', // ات
	'\u0648\u0646', // ون
	'\u064A\u0646', // ين
	'\u064A\u0647', // يه
	'\u0647', // ه
	'\u064A', // ي
];
const MIN_STEM = 2;

function stripOnePrefix(word: string): string {
	for (const article of ARTICLE_FORMS) {
		if (word.startsWith(article) && word.length - article.length >= MIN_AFTER_ARTICLE) {
			return word.slice(article.length);
		}
	}
	const first = word.charAt(0);
	if (first === WAW && word.length >= MIN_WORD_FOR_WAW) return word.slice(1);
	if (CLITICS.has(first) && word.length >= MIN_WORD_FOR_CLITIC) return word.slice(1);
	return word;
}

// Prefix stripping repeats until no rule applies, where Lucene stops after one. A letter
// that begins a bare word (the ك of كازاخستان) cannot be told from an attached one, so it
// must go from the bare word too, or the bare word would not meet its attached forms
// (لكازاخستان loses ل, then ك). Because each rule looks only at the word in front of it,
// stripping p from p+W leads to exactly the steps taken on W: both end on the same stem.
function stripPrefixes(word: string): string {
	let rest = word;
	for (let next = stripOnePrefix(rest); next !== rest; next = stripOnePrefix(rest)) rest = next;
	return rest;
}

function suffixPass(word: string): string {
	let stem = word;
	for (const suffix of ARABIC_SUFFIXES) {
		if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM) stem = stem.slice(0, -suffix.length);
	}
	return stem;
}

// One pass over the list, in order, as Lucene does; then again until nothing changes, where
// Lucene stops. A single pass tries ات before ه, so علاقاته would keep its plural ending and
// miss علاقات, and سياسيون would keep the ي that سياسي loses.
function stripSuffixes(word: string): string {
	let stem = word;
	for (let next = suffixPass(stem); next !== stem; next = suffixPass(stem)) stem = next;
	return stem;
}

/**
 * The light stem of one word: normalized, attached conjunctions, prepositions
 * and article removed, then common endings, so that a word is found with or
 * without them. A word with no Arabic letter comes back unchanged.
 */
export function stemArabic(word: string): string {
	if (!ARABIC_LETTER.test(word)) return word;
	return stripSuffixes(stripPrefixes(normalizeArabic(word)));
}

/**
 * Every stem a word may stand for. A four-letter word that begins with ب ك ل
 * or ف keeps that letter in its stem (كتاب is a word, not ك + تاب), yet may
 * be a preposition on a three-letter word (بقمة is ب + قمة): such a word
 * stands for both stems, on the indexed side and the query side alike, so
 * «قمة» finds «بقمة» and «بقمة» finds «قمة». Stems shorter than two letters
 * are left out, as they would match far too much.
 */
export function stemsOf(word: string): string[] {
	if (!ARABIC_LETTER.test(word)) return [word];
	const normal = normalizeArabic(word);
	const stems = [stemArabic(word)];
	if (normal.length === MIN_WORD_FOR_CLITIC - 1 && CLITICS.has(normal.charAt(0)))
		stems.push(stemArabic(normal.slice(1)));
	return [...new Set(stems)].filter((stem) => stem.length >= MIN_STEM);
}

/**
 * The distinct stems of the Arabic words in a text, in order of first
 * appearance, for indexing. Words in other scripts are left to the search
 * engine's own handling.
 */
export function arabicTerms(text: string): string[] {
	const terms = new Set<string>();
	for (const [word] of text.matchAll(WORD)) {
		if (ARABIC_LETTER.test(word)) for (const stem of stemsOf(word)) terms.add(stem);
	}
	return [...terms];
}

/**
 * A query rewritten to search the stemmed index: each Arabic word replaced by
 * its stem, everything else (Latin words, punctuation) kept as typed, with
 * single spaces between words. A word with two readings (see `stemsOf`) gives
 * a second query, with its other stem.
 */
export function stemQueries(query: string): string[] {
	const words = query.trim().split(/\s+/).filter(Boolean);
	const readings = words.map((token) => {
		const word = token.match(WORD)?.[0];
		if (!word || !ARABIC_LETTER.test(word)) return [token];
		const stems = stemsOf(word);
		return stems.length > 0 ? stems.map((stem) => token.replace(word, stem)) : [token.replace(word, stemArabic(word))];
	});
	const first = readings.map((r) => r[0]!).join(' ');
	const second = readings.map((r) => r.at(-1)!).join(' ');
	return first === second ? [first] : [first, second];
}

/**
 * A query with the conjunctions, prepositions and article taken off each
 * Arabic word and nothing else changed («لحضروها» → «حضروها»), so it matches
 * the words as pages write them, ranked as the bare word would be.
 */
export function withoutPrefixes(query: string): string {
	return query.replace(WORD, (word) => {
		if (!ARABIC_LETTER.test(word)) return word;
		const normal = normalizeArabic(word);
		// Only where normalizing changed no length (no vowel marks), so the cut falls in the same place.
		if (normal.length !== word.length) return word;
		return word.slice(normal.length - stripPrefixes(normal).length);
	});
}

/** The query's first reading, as `stemQueries` gives it. */
export function stemQuery(query: string): string {
	return stemQueries(query)[0] ?? '';
}

/**
 * Marks the Arabic words of an escaped text whose stem is one of `stems`
 * (`<mark>` around each), so a result found through a stem shows the word as
 * the page writes it: «بأستانا» marked for the query «أستانا».
 */
export function markStems(escapedText: string, stems: ReadonlySet<string>): string {
	if (stems.size === 0) return escapedText;
	return escapedText.replace(WORD, (word) =>
		ARABIC_LETTER.test(word) && stemsOf(word).some((stem) => stems.has(stem)) ? `<mark>${word}</mark>` : word,
	);
}
