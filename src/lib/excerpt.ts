/**
 * An excerpt around the first word of a text that a search matched, as
 * escaped HTML with that word and its like in `<mark>`: for a page the search
 * found through a stem, where the engine's own excerpt marks nothing.
 */
import { escapeHtml } from './html.ts';

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

/**
 * Whether the words an excerpt marks are other words than the query's: given
 * a word it has not indexed ("Tokkayev", "Taluve"), Pagefind falls back to
 * the longest prefix it has and marks the words that begin so ("to",
 * "Talumira"). A query word of four letters or more is found when a marked
 * word holds it whole (also with an Arabic prefix attached, or as the start
 * of a longer word), or is the word less at most three letters at its end (a
 * stem) or its start (a prefix the reader attached, «والممرات» for
 * «الممرات»). An excerpt with nothing marked cannot tell.
 */
export function marksOtherWords(query: string, excerpt: string, fold: (text: string) => string): boolean {
	const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => fold(m[1]!));
	if (marks.length === 0) return false;
	const words = fold(query)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length >= 4);
	const found = (word: string) =>
		marks.some(
			(mark) =>
				mark.includes(word) ||
				(mark.length >= 4 && mark.length >= word.length - 3 && (word.startsWith(mark) || word.endsWith(mark))),
		);
	return words.some((word) => !found(word));
}
