/**
 * An excerpt around the first word of a text that a search matched, as
 * escaped HTML with that word and its like in `<mark>`: for a page the search
 * found through a stem, where the engine's own excerpt marks nothing.
 */
import { ARABIC_SUFFIXES } from './arabic-stem.ts';
import { normalizeArabic } from './arabic-text.ts';
import { escapeHtml } from './escape.ts';
import { foldedWords } from './search-normalize.ts';

/** Words and what lies between them. */
const TOKENS = /[\p{L}\p{N}\p{M}\u200C\u200D]+|[^\p{L}\p{N}\p{M}\u200C\u200D]+/gu;
const IS_WORD = /^[\p{L}\p{N}\p{M}]/u;

export function excerptAround(text: string, matches: (word: string) => boolean, words = 24): string | undefined {
	const tokens = text.match(TOKENS) ?? [];
	const wordAt = tokens.map((token) => IS_WORD.test(token));
	const first = tokens.findIndex((token, i) => wordAt[i] && matches(token));
	if (first < 0) return undefined;
	// About a third of the window before the match, the rest after it.
	let start = first;
	for (let before = Math.floor(words / 3); before > 0 && start > 0; start--) if (wordAt[start - 1]) before--;
	let end = first;
	for (let count = 0; end < tokens.length && count < words; end++) if (wordAt[end]) count++;
	const html = tokens
		.slice(start, end)
		.map((token, i) => (wordAt[start + i] && matches(token) ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token)))
		.join('')
		.trim();
	return `${start > 0 ? '… ' : ''}${html}${end < tokens.length ? ' …' : ''}`;
}

/** What may end a word in one of its forms: "country", "countries"; «الشراكة», «الشراكات». */
const ENGLISH_ENDINGS = new Set(['', 's', 'es', 'ies', 'y', 'e', 'ed', 'd', 'ing', 'er', 'ers', 'ion', 'ions']);
const isEnding = (tail: string) => ENGLISH_ENDINGS.has(tail) || ARABIC_SUFFIXES.includes(normalizeArabic(tail));

/** The words an excerpt marks, as written. */
export function markedWords(excerpt: string): string[] {
	return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!);
}

/**
 * Whether the words a page matched are other words than the query's: given
 * a word it has not indexed ("Tokkayev", "Taluve"), Pagefind falls back to
 * the longest prefix it has and matches the words that begin so ("to",
 * "Talumira"). The matched words are those its excerpt marks or, when it
 * marks none (the page matched on its title or names), the page's own names.
 * A query word of four letters or more is found when a matched word holds it
 * (a longer word, or one with an Arabic prefix attached), or the two share
 * four letters or more and differ only in a word ending ("countries" and
 * "country"); a name that begins the same way does not count («تونوسا» for
 * «تونوسييل»). A matched word that is the query word less its first letters
 * («الممرات» for «والممرات») does not count: in Arabic that letter may be an
 * attached و or ف, or the first of a name («فاموربا»), so "did you mean" is
 * asked too. The page is a real match when any query word is found;
 * `undefined` when there are no matched words, which cannot tell.
 */
export function matchesOtherWords(query: string, matched: readonly string[]): boolean | undefined {
	const marks = matched.flatMap(foldedWords);
	if (marks.length === 0) return undefined;
	const words = foldedWords(query).filter((word) => word.length >= 4);
	if (words.length === 0) return false;
	const shared = (a: string, b: string) => {
		let n = 0;
		while (n < a.length && a[n] === b[n]) n++;
		return n;
	};
	const found = (word: string) =>
		marks.some((mark) => {
			if (mark.includes(word)) return true;
			const common = shared(mark, word);
			return common >= 4 && isEnding(mark.slice(common)) && isEnding(word.slice(common));
		});
	return !words.some(found);
}
