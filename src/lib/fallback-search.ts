/**
 * Search without a server, for the portable edition opened from disk, where
 * Pagefind cannot run. It matches the same way the main search does: queries
 * and names are folded with `foldName`, so every spelling and orthographic
 * variant finds the entity; Arabic words meet on their light stems
 * (`arabic-stem.ts`); an entity's vocabulary counts as its names; and
 * `suggest` offers "did you mean".
 */
import { arabicTerms, markStems, stemArabic, stemsOf } from './arabic-stem.ts';
import type { Locale } from './language-table.ts';
import { foldedWords, foldName, normalizeQuery } from './search-normalize.ts';

/** One entity in the fallback index, in as few bytes as stay readable. */
export interface FallbackEntry {
	/** Id. */
	i: string;
	/** Collection, which is also the URL folder. */
	k: string;
	/** Date, for events and sources. */
	d?: string;
	/** Name in each language of the site (the index holds only the site's). */
	n: Partial<Record<Locale, string>>;
	/** Summary in each language of the site. */
	s: Partial<Record<Locale, string>>;
	/** Headings of the briefing's body in each language of the site. */
	h?: Partial<Record<Locale, string[]>>;
	/** Every name and spelling, folded. */
	f: string[];
	/** Its vocabulary (other words readers use for it) in every language, folded. */
	w?: string[];
	/** The light stems of a briefing's Arabic body. */
	b?: string[];
}

/**
 * The index as shipped in `search-index.js`: the Arabic body stems of the
 * whole collection listed once, and each entry naming its own by number
 * (base 36, space-separated). A collection repeats the same few thousand
 * stems in every briefing; written out in full they were most of the file.
 */
export interface PackedFallbackIndex {
	/** Every Arabic body stem, once. */
	stems: string[];
	/** The entries, with `b` as numbers into `stems`. */
	entries: (Omit<FallbackEntry, 'b'> & { b?: string })[];
}

export function packFallbackIndex(entries: readonly FallbackEntry[]): PackedFallbackIndex {
	const numbers = new Map<string, number>();
	const numberOf = (stem: string) => {
		if (!numbers.has(stem)) numbers.set(stem, numbers.size);
		return numbers.get(stem)!.toString(36);
	};
	return {
		entries: entries.map(({ b, ...entry }) => (b ? { ...entry, b: b.map(numberOf).join(' ') } : entry)),
		stems: [...numbers.keys()],
	};
}

export function unpackFallbackIndex({ stems, entries }: PackedFallbackIndex): FallbackEntry[] {
	return entries.map(({ b, ...entry }) =>
		b === undefined ? entry : { ...entry, b: b === '' ? [] : b.split(' ').map((n) => stems[parseInt(n, 36)]!) },
	);
}

export interface FallbackHit {
	entry: FallbackEntry;
	score: number;
	/** The summary with the words that matched marked: HTML-escaped text with <mark> elements. */
	excerpt: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Marks the words of `text` that start with one of the folded query words, or share an Arabic stem with one. */
function markWords(text: string, tokens: string[], stems: ReadonlySet<string>): string {
	return text
		.split(/(\s+)/)
		.map((word) => {
			const folded = foldName(word).replace(/[^\p{L}\p{N}]/gu, '');
			const hit = folded !== '' && tokens.some((t) => folded.startsWith(t));
			return hit ? `<mark>${escapeHtml(word)}</mark>` : markStems(escapeHtml(word), stems);
		})
		.join('');
}

/** An English word's singular forms, for a plural query ("partnerships", "countries"). */
function singulars(word: string): string[] {
	if (word.length < 4 || !word.endsWith('s') || /\P{Script=Latin}/u.test(word)) return [];
	if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
	return word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : [word.slice(0, -1)];
}

/**
 * Every entry matching all words of the query, best first: an entity whose
 * name is the query, then entities whose names match, then those whose
 * summary or headings do; newest first among equals.
 */
export function searchFallback(entries: readonly FallbackEntry[], query: string, locale: Locale): FallbackHit[] {
	const normalized = normalizeQuery(query);
	const folded = foldName(normalized);
	const tokens = folded.split(' ').filter((t) => t.length > 0);
	if (tokens.length === 0) return [];
	// The light stems of each query word (the word itself when it is not Arabic), as the main search uses.
	const tokenStems = normalized.split(/\s+/).filter(Boolean).map(stemsOf);
	const stems = new Set(arabicTerms(normalized));
	const hits: FallbackHit[] = [];
	const stemmedQuery = tokenStems.map((s) => s[0] ?? '').join(' ');
	for (const entry of entries) {
		const forms = [...entry.f, ...(entry.w ?? [])];
		const nameWords = forms.flatMap((form) => form.split(' '));
		const text = [entry.s[locale] ?? '', ...(entry.h?.[locale] ?? []), entry.n[locale] ?? ''].join(' ');
		const textWords = foldedWords(text);
		// Stems are worked out only for an Arabic query, and only once per entry.
		const nameStems = stems.size > 0 ? forms.map((form) => form.split(' ').map(stemArabic).join(' ')) : [];
		let textStems: Set<string> | undefined;
		const named = forms.includes(folded) || nameStems.includes(stemmedQuery);
		let score = named ? 1000 : 0;
		let matched = true;
		tokens.forEach((token, i) => {
			const own = tokenStems[i] ?? [token];
			const variants = [token, ...singulars(token)];
			if (nameWords.some((w) => variants.some((v) => w.startsWith(v)))) score += 100;
			else if (stems.size > 0 && nameStems.some((n) => own.some((stem) => n.split(' ').includes(stem)))) score += 100;
			else if (textWords.some((w) => variants.some((v) => w.startsWith(v)))) score += 10;
			else if (
				stems.size > 0 &&
				own.some((stem) => (textStems ??= new Set([...arabicTerms(text), ...(entry.b ?? [])])).has(stem))
			)
				score += 10;
			else matched = false;
		});
		if (matched) hits.push({ entry, score, excerpt: markWords(entry.s[locale] ?? '', tokens, stems) });
	}
	return hits.sort((a, b) => b.score - a.score || (b.entry.d ?? '').localeCompare(a.entry.d ?? ''));
}
