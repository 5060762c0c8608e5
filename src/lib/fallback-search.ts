/**
 * Search without a server, for the portable edition opened from disk, where
 * Pagefind cannot run. It matches the same way the main search does: queries
 * and names are folded with `foldName`, so every spelling and orthographic
 * variant finds the entity, and `suggest` offers "did you mean".
 */
import type { Locale } from './locales.ts';
import { foldName, normalizeQuery } from './search-normalize.ts';

/** One entity in the fallback index, in as few bytes as stay readable. */
export interface FallbackEntry {
	/** Id. */
	i: string;
	/** Collection, which is also the URL folder. */
	k: string;
	/** Date, for events and sources. */
	d?: string;
	/** Name in each language. */
	n: Record<Locale, string>;
	/** Summary in each language. */
	s: Record<Locale, string>;
	/** Headings of the briefing's body in each language. */
	h?: Record<Locale, string[]>;
	/** Every name and spelling, folded. */
	f: string[];
}

export interface FallbackHit {
	entry: FallbackEntry;
	score: number;
	/** The summary with the words that matched marked: HTML-escaped text with <mark> elements. */
	excerpt: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Marks the words of `text` that start with one of the folded query words. */
function markWords(text: string, tokens: string[]): string {
	return text
		.split(/(\s+)/)
		.map((word) => {
			const folded = foldName(word).replace(/[^\p{L}\p{N}]/gu, '');
			const hit = folded !== '' && tokens.some((t) => folded.startsWith(t));
			return hit ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word);
		})
		.join('');
}

/**
 * Every entry matching all words of the query, best first: an entity whose
 * name is the query, then entities whose names match, then those whose
 * summary or headings do; newest first among equals.
 */
export function searchFallback(entries: readonly FallbackEntry[], query: string, locale: Locale): FallbackHit[] {
	const folded = foldName(normalizeQuery(query));
	const tokens = folded.split(' ').filter((t) => t.length > 0);
	if (tokens.length === 0) return [];
	const hits: FallbackHit[] = [];
	for (const entry of entries) {
		const nameWords = entry.f.flatMap((form) => form.split(' '));
		const text = [entry.s[locale], ...(entry.h?.[locale] ?? []), entry.n[locale]].join(' ');
		const textWords = foldName(text).split(/[^\p{L}\p{N}]+/u);
		let score = entry.f.includes(folded) ? 1000 : 0;
		let matched = true;
		for (const token of tokens) {
			if (nameWords.some((w) => w.startsWith(token))) score += 100;
			else if (textWords.some((w) => w.startsWith(token))) score += 10;
			else matched = false;
		}
		if (matched) hits.push({ entry, score, excerpt: markWords(entry.s[locale], tokens) });
	}
	return hits.sort((a, b) => b.score - a.score || (b.entry.d ?? '').localeCompare(a.entry.d ?? ''));
}
