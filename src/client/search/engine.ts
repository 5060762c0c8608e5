/**
 * The search engine in the browser: Pagefind's JS API, loaded on first use,
 * with the spelling tolerance of `src/lib/search-normalize.ts`, Arabic light
 * stemming (`src/lib/arabic-stem.ts`) and a final re-rank that puts an
 * entity's own page first when the query is its name or one of its words.
 */
import { arabicTerms, stemQueries, stemQuery, stemsOf, withoutPrefixes } from '../../lib/arabic-stem.ts';
import { excerptAround, markedWords, matchesOtherWords } from '../../lib/excerpt.ts';
import { suggest } from '../../lib/fuzzy.ts';
import { filesForQuery, type NameSplit } from '../../lib/name-shards.ts';
import { foldName, normalizeQuery } from '../../lib/search-normalize.ts';
import { BASE } from './base.ts';

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
interface PagefindData {
	url: string;
	/** The page's indexed text, whole. */
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
	results: PagefindResult[];
	filters: FilterCounts;
	totalFilters: FilterCounts;
}
interface Pagefind {
	options: (options: object) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string | null, options?: object) => Promise<PagefindSearch | null>;
	filters: () => Promise<FilterCounts>;
	preload: (term: string) => Promise<void>;
	createInstance: (options: object) => PagefindInstance;
}
interface PagefindInstance {
	options: (options: object) => Promise<void>;
	mergeIndex: (path: string, options: { language: string }) => Promise<void>;
	search: (term: string | null, options?: object) => Promise<PagefindSearch | null>;
}

let loaded: Promise<Pagefind> | undefined;
/**
 * Search runs on the page's own thread: Pagefind's worker would be one more
 * script (11 kB) to fetch before the first result, for searches that take a
 * few milliseconds. Names matter more than titles (an event's title names its
 * participants); vocabulary nearly as much.
 */
const OPTIONS = {
	noWorker: true,
	excerptLength: 24,
	ranking: { metaWeights: { title: 2, names: 10, namestems: 10, words: 8 } },
};

/** Pagefind, imported and configured once per page. */
export function pagefind(): Promise<Pagefind> {
	loaded ??= (import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
		await pf.options(OPTIONS);
		await pf.init();
		return pf;
	});
	return loaded;
}

/** A Pagefind instance per other edition, made when a search first asks it. */
const otherEditions = new Map<string, Promise<PagefindInstance>>();

/**
 * How many pages of another language's edition a query finds: Pagefind
 * keeps one index per language, so a second instance merges that
 * language's index (its own stays apart from the reader's searches) and
 * counts the results filed under that edition.
 */
async function otherEditionCount(query: string, edition: string): Promise<number> {
	const normalized = normalizeQuery(query);
	if (normalized === '') return 0;
	let instance = otherEditions.get(edition);
	if (!instance)
		otherEditions.set(
			edition,
			(instance = pagefind().then(async (pf) => {
				const other = pf.createInstance({ noWorker: true });
				await other.options(OPTIONS);
				// The same bundle, another of its languages. Pagefind skips merging the path its primary index
				// was loaded from (to avoid merging a bundle with itself), so it is given as a full URL.
				await other.mergeIndex(new URL(`${BASE}pagefind/`, location.href).href, { language: edition });
				return other;
			})),
		);
	const options = { filters: { edition: [edition] } };
	const searches = await Promise.all(
		[...new Set([normalized, foldName(normalized)])].map(async (term) => (await instance).search(term, options)),
	);
	return new Set(searches.flatMap((found) => (found?.results ?? []).map((r) => r.id))).size;
}

/** What a query finds in each of the site's other editions, as `[edition, count]`. */
export function otherEditionCounts(query: string, editions: readonly string[]): Promise<Array<[string, number]>> {
	return Promise.all(
		editions.map(async (edition) => [edition, await otherEditionCount(query, edition)] as [string, number]),
	);
}

export interface Hit {
	url: string;
	title: string;
	kind: string;
	date: string | undefined;
	/** Pagefind's excerpt: entity-encoded text with <mark> around matches. */
	excerpt: string;
	/** True when the query is one of the page's own names. */
	exact: boolean;
	/** True when the page matched other words than the query's (Pagefind's fallback to a shorter prefix); undefined when nothing tells. */
	loose?: boolean | undefined;
}

/**
 * Whether a search found little: fewer than three pages, or pages shown that
 * all matched other words than the query's (pages with nothing to tell by,
 * no marked word and no name, are left out).
 */
export function foundLittle(query: string, total: number, shown: readonly Hit[]): boolean {
	if (query === '') return false;
	const told = shown.filter((hit) => hit.loose !== undefined);
	return total < 3 || (told.length > 0 && told.every((hit) => hit.loose));
}

export interface SearchOutcome {
	query: string;
	/** Every matching page, best first; load them with `hits`. */
	results: PagefindResult[];
	/** Counts per filter value, for the current query and filters. */
	filters: FilterCounts;
}

export interface SearchOptions {
	filters?: Record<string, string[]>;
	sort?: 'date:asc' | 'date:desc';
}

/**
 * Searches as typed and, when spelling folding changes the query, as folded
 * too (the folded forms of every name are indexed), merging the two.
 */
export async function runSearch(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
	const pf = await pagefind();
	const normalized = normalizeQuery(query);
	const folded = foldName(normalized);
	const pagefindOptions: Record<string, unknown> = {};
	if (options.filters) pagefindOptions['filters'] = options.filters;
	if (options.sort) {
		const [key, direction] = options.sort.split(':');
		pagefindOptions['sort'] = { [key!]: direction };
	}
	const term = normalized === '' ? null : normalized;
	const searches = [pf.search(term, pagefindOptions)];
	if (term && folded !== normalized.toLowerCase()) searches.push(pf.search(folded, pagefindOptions));
	// Arabic words without their attached prefixes, then as light stems (which Arabic pages index as
	// `stems`): «بأستانا» meets «أستانا».
	const arabic = new Set([withoutPrefixes(normalized), ...stemQueries(normalized)]);
	for (const variant of arabic)
		if (term && variant !== normalized && variant !== folded) searches.push(pf.search(variant, pagefindOptions));
	const [first, ...others] = await Promise.all(searches);
	const byId = new Map<string, PagefindResult>();
	for (const result of [first, ...others].flatMap((found) => found?.results ?? [])) {
		const seen = byId.get(result.id);
		if (!seen || seen.score < result.score) byId.set(result.id, result);
	}
	const merged = [...byId.values()];
	if (!options.sort) merged.sort((a, b) => b.score - a.score);
	return { query: normalized, results: merged, filters: first?.filters ?? {} };
}

/**
 * Loads results `from` to `to` of a search, first the pages the query names
 * (an entity's own name, or a word of its vocabulary), then the rest.
 */
export async function hits(outcome: SearchOutcome, from: number, to: number): Promise<Hit[]> {
	const folded = foldName(outcome.query);
	const stems = new Set(arabicTerms(outcome.query));
	// «لكازاخستان» names Kazakhstan as much as «كازاخستان» does: Arabic names also match on their stems.
	const stemmed = stems.size > 0 ? stemQuery(outcome.query) : undefined;
	const names = (name: string) => foldName(name) === folded || (stemmed !== undefined && stemQuery(name) === stemmed);
	const loaded = await Promise.all(outcome.results.slice(from, to).map((r) => r.data()));
	const list = loaded.map((data): Hit => {
		const own = [
			data.meta['title'] ?? '',
			...(data.meta['names'] ?? '').split(' · '),
			...(data.meta['words'] ?? '').split(' · '),
		];
		// A page found through a stem has no word marked by Pagefind: show where it writes the word, marked.
		const excerpt =
			data.excerpt.includes('<mark>') || stems.size === 0
				? data.excerpt
				: (excerptAround(data.content, (word) => stemsOf(word).some((stem) => stems.has(stem))) ?? data.excerpt);
		const marked = markedWords(excerpt);
		return {
			url: data.url,
			title: data.meta['title'] ?? data.url,
			kind: data.meta['kind'] ?? '',
			date: data.meta['date'],
			excerpt,
			exact: folded !== '' && own.some(names),
			// A page that marks nothing matched on its title or names: those are the words it matched.
			loose: matchesOtherWords(outcome.query, marked.length > 0 ? marked : own),
		};
	});
	return from === 0 ? [...list.filter((h) => h.exact), ...list.filter((h) => !h.exact)] : list;
}

export interface NameEntry {
	id: string;
	forms: string[];
	name: Record<string, string>;
	url: Record<string, string>;
}

const nameLists = new Map<number, Promise<NameEntry[]>>();
let split: Promise<NameSplit> | undefined;

/** The entities with a name word keyed as the query's words are (fetched only when a search finds little). */
async function namesFor(query: string): Promise<NameEntry[]> {
	split ??= fetch(`${BASE}search-names/index.json`).then((r) => r.json() as Promise<NameSplit>);
	const lists = await Promise.all(
		filesForQuery(query, await split).map((file) => {
			let list = nameLists.get(file);
			if (!list) nameLists.set(file, (list = fetch(`${BASE}search-names/${file}.json`).then((r) => r.json())));
			return list;
		}),
	);
	const byId = new Map(lists.flat().map((entity) => [entity.id, entity]));
	return [...byId.values()];
}

/** The entities whose names are closest to a query, with their name and URL in the page's language. */
export async function suggestions(query: string): Promise<{ name: string; url: string }[]> {
	const entities = await namesFor(query);
	const lang = document.documentElement.lang;
	return suggest(query, entities).map((id) => {
		const entity = entities.find((e) => e.id === id)!;
		return { name: entity.name[lang] ?? id, url: entity.url[lang] ?? '' };
	});
}
