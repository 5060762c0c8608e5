/**
 * The search-quality suite: queries readers type, in each edition, and the
 * page each must find among its first three results. The queries live beside
 * the content, in `briefings/search-suite.yaml` (checked by the content check);
 * the content gates run them in the browser against Pagefind and against the
 * portable edition's search, and `npm run measure` reports the figure in the README.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { readSearchSuite } from '../../src/checker/search-suite.ts';
import type * as SearchEngine from '../../src/client/search/engine.ts';
import type { Locale } from '../../src/lib/language-table.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import type { QUERY_KINDS } from '../../src/schemas/search-suite.ts';

declare global {
	/** The site's search engine, once `runQualityInEngine` has loaded it into a page. */
	interface Window {
		briefingsSearchEngine?: typeof SearchEngine;
	}
}

export interface QualityCase {
	edition: Locale;
	query: string;
	/** The page that must be among the first three results, as `collection/id`. */
	expect: string;
	/** What the case tests. A misspelt name may also be found through "did you mean". */
	kind: (typeof QUERY_KINDS)[number];
}

const c = (edition: Locale, kind: QualityCase['kind'], expect: string, ...queries: string[]) =>
	queries.map((query): QualityCase => ({ edition, query, expect, kind }));

/** The suite of a content folder (`briefings/search-suite.yaml`), one case per query. */
export async function suiteCases(briefings: string): Promise<QualityCase[]> {
	const { suite, problems } = await readSearchSuite(briefings);
	if (problems.length > 0) throw new Error(`the search suite has problems; run npm run check:content`);
	return suite.flatMap((group) => c(group.edition, group.kind, group.expect, ...group.queries));
}

const LATIN_CONSONANT = '[b-df-hj-np-tv-z]';

/**
 * The misspellings readers make of a surname: in Latin script a doubled
 * consonant written once, or a single one doubled; in Arabic a long vowel
 * letter (ا و ي) left out, and one added.
 */
export function misspellings(name: string): string[] {
	if (/\p{Script=Arabic}/u.test(name)) {
		const missing = name.replace(/(?<=.)[اوي](?=.)/u, '');
		// An extra alif after the first letter, or where that already is a long vowel, the last one written twice.
		const extra = /^.[اوي]/u.test(name)
			? name.replace(/(?<=.)([اوي])(?=[^اوي]+$)/u, '$1$1')
			: `${name[0]}ا${name.slice(1)}`;
		// Two letters are a word of their own («بل» is "rather"), not a name misspelt.
		return [missing, extra].filter((variant) => variant !== name && [...variant].length >= 3);
	}
	const doubled = new RegExp(`(${LATIN_CONSONANT})\\1`, 'i');
	if (doubled.test(name)) return [name.replace(doubled, '$1')];
	const variant = name.replace(new RegExp(`^(.+?)(${LATIN_CONSONANT})`, 'i'), '$1$2$2');
	return variant === name ? [] : [variant];
}

/** Cases for people's surnames misspelt, in each edition, as written there: each must still lead to its page. */
export function misspeltCases(people: readonly ({ id: string } & Partial<Record<Locale, string>>)[]): QualityCase[] {
	return people.flatMap((person) =>
		LOCALES.flatMap((edition) => c(edition, 'misspelt', `people/${person.id}`, ...misspellings(person[edition] ?? ''))),
	);
}

/** A case's result: where the expected page came, or 0 when not among the first three. */
export interface QualityResult extends QualityCase {
	rank: number;
	top: string[];
}

/** `collection/id` of a result URL, whatever the base path and file name. */
export function pageKey(url: string): string {
	const parts = new URL(url, 'http://site.invalid/').pathname.split('/').filter((p) => p && p !== 'index.html');
	return parts.slice(-2).join('/');
}

/** Opens the search page of an edition, ready for `topResults`. */
export async function openSearchPage(page: Page, siteUrl: string, edition: string): Promise<void> {
	await page.goto(`${siteUrl}${edition}/search/`);
	await page.waitForFunction(() => document.querySelector('#search-page-kind option:nth-child(2)'));
}

/** Types a query into the open search page; its results and "did you mean" suggestions, as `collection/id`. */
export async function searchOutcome(page: Page, query: string): Promise<{ results: string[]; suggestions: string[] }> {
	// Typing starts a search at once, which marks the page busy until results and suggestions are all shown.
	await page.fill('#search-page-q', query);
	await page.waitForSelector('.search-page[aria-busy="false"]');
	const hrefs = (selector: string) => page.$$eval(selector, (links) => links.map((a) => (a as HTMLAnchorElement).href));
	return {
		results: (await hrefs('.search-page .search-result-title')).map(pageKey),
		suggestions: (await hrefs('.search-page .search-suggestions a')).map(pageKey),
	};
}

/** A case's rank among the results (then "did you mean", for a misspelt name), and what was shown. */
function judged(item: QualityCase, outcome: { results: string[]; suggestions: string[] }): QualityResult {
	const top = outcome.results.slice(0, 3);
	// A misspelt name found by "did you mean" counts after the results it was offered beside.
	const suggested = item.kind === 'misspelt' ? outcome.suggestions.indexOf(item.expect) + 1 : 0;
	const rank = top.indexOf(item.expect) + 1 || (suggested && top.length + suggested);
	return { ...item, top: [...top, ...(item.kind === 'misspelt' ? outcome.suggestions : [])], rank };
}

/** Runs the cases on the search pages of a served site, each in its edition, typing as a reader does. */
export async function runQualityInBrowser(page: Page, siteUrl: string, cases: QualityCase[]): Promise<QualityResult[]> {
	const results: QualityResult[] = [];
	let edition = '';
	for (const item of cases) {
		if (item.edition !== edition) await openSearchPage(page, siteUrl, (edition = item.edition));
		results.push(judged(item, await searchOutcome(page, item.query)));
	}
	return results;
}

/** The site's search engine (`src/client/search/engine.ts`), bundled to run in a page of a site built at `base`. */
async function engineScript(base: string): Promise<string> {
	const result = await build({
		entryPoints: [new URL('../../src/client/search/engine.ts', import.meta.url).pathname],
		bundle: true,
		format: 'iife',
		globalName: 'briefingsSearchEngine',
		define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
		write: false,
		logLevel: 'silent',
	});
	return result.outputFiles[0]!.text;
}

/**
 * Runs the cases through the site's own search engine in the page, without
 * its user interface: the same code, Pagefind and index as a reader's search,
 * the same ten results loaded and re-ranked, and "did you mean" when the search
 * finds little, in a few milliseconds a query instead of a typed search each.
 * For suites of hundreds of queries; the browser tests drive the interface
 * itself. The page's context must bypass the CSP (`bypassCSP`), which refuses
 * inline scripts.
 */
export async function runQualityInEngine(
	page: Page,
	siteUrl: string,
	cases: QualityCase[],
	base = '/',
): Promise<QualityResult[]> {
	const outcomes = await searchInEngine(page, siteUrl, cases, base);
	return cases.map((item, i) => judged(item, outcomes[i]!));
}

/** What the search page would show for a query: its results (as `collection/id`) with their excerpts, and "did you mean". */
export interface EngineOutcome {
	results: string[];
	/** Each result's excerpt, as HTML with the matched words in `<mark>`. */
	excerpts: string[];
	suggestions: string[];
}

/** Runs queries through the site's search engine in a page of their edition (see `runQualityInEngine`). */
export async function searchInEngine(
	page: Page,
	siteUrl: string,
	queries: readonly { edition: Locale; query: string; kind?: QualityCase['kind'] }[],
	base = '/',
): Promise<EngineOutcome[]> {
	const script = await engineScript(base);
	const outcomes: EngineOutcome[] = [];
	for (const edition of [...new Set(queries.map((c) => c.edition))]) {
		const mine = queries.flatMap((item, index) => (item.edition === edition ? [{ item, index }] : []));
		await page.goto(`${siteUrl}${edition}/search/`);
		await page.addScriptTag({ content: script });
		const found = await page.evaluate(
			async (list) => {
				const engine = window.briefingsSearchEngine!;
				const key = (url: string) =>
					new URL(url, location.href).pathname
						.split('/')
						.filter((part) => part && part !== 'index.html')
						.slice(-2)
						.join('/');
				const out: { results: string[]; excerpts: string[]; suggestions: string[] }[] = [];
				for (const { query, misspelt } of list) {
					const outcome = await engine.runSearch(query);
					const shown = await engine.hits(outcome, 0, 10);
					const little = misspelt && engine.foundLittle(query, outcome.results.length, shown);
					const suggested = little ? await engine.suggestions(query) : [];
					out.push({
						results: shown.map((hit) => key(hit.url)),
						excerpts: shown.map((hit) => hit.excerpt),
						suggestions: suggested.map((s) => key(s.url)),
					});
				}
				return out;
			},
			mine.map(({ item }) => ({ query: item.query, misspelt: item.kind === 'misspelt' })),
		);
		mine.forEach(({ index }, i) => (outcomes[index] = found[i]!));
	}
	return outcomes;
}

/** "58 of 60 queries", and the misses, for a report. */
export function qualitySummary(results: QualityResult[]): { passed: number; total: number; misses: string[] } {
	const misses = results
		.filter((r) => r.rank === 0)
		.map((r) => `${r.edition} «${r.query}» (${r.kind}): expected ${r.expect}, got ${r.top.join(', ') || 'nothing'}`);
	return { passed: results.length - misses.length, total: results.length, misses };
}
