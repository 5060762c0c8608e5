/**
 * The search-quality suite: queries readers type, in each edition, and the
 * page each must find among its first three results. Arabic words bare and
 * with their attached conjunctions, prepositions and article; plural and
 * singular; topics by the words analysts use for them; names in any script.
 * The tests run it in the browser against Pagefind and against the portable
 * edition's search; `npm run measure` reports the figure in the README.
 */
import type { Page } from 'playwright-core';

export interface QualityCase {
	edition: 'en' | 'ar';
	query: string;
	/** The page that must be among the first three results, as `collection/id`. */
	expect: string;
	/** What the case tests. A misspelt name may also be found through "did you mean". */
	kind: 'bare' | 'attached' | 'plural' | 'synonym' | 'name' | 'misspelt';
}

const c = (edition: QualityCase['edition'], kind: QualityCase['kind'], expect: string, ...queries: string[]) =>
	queries.map((query): QualityCase => ({ edition, query, expect, kind }));

export const QUALITY_CASES: QualityCase[] = [
	// Arabic words with and without و ف ب ك ل and the article, and their plural and feminine endings.
	...c('ar', 'bare', 'cities/astana', 'أستانا'),
	...c('ar', 'attached', 'cities/astana', 'بأستانا', 'وأستانا', 'لأستانا'),
	...c('ar', 'bare', 'countries/kz', 'كازاخستان'),
	...c('ar', 'attached', 'countries/kz', 'لكازاخستان', 'وكازاخستان', 'بكازاخستان'),
	...c('ar', 'bare', 'people/tokayev', 'سويسرا'),
	...c('ar', 'attached', 'people/tokayev', 'كسويسرا'),
	...c('ar', 'bare', 'topics/regional-tensions', 'توترات'),
	...c('ar', 'attached', 'topics/regional-tensions', 'التوترات', 'والتوترات'),
	...c('ar', 'bare', 'topics/supply-chain-corridors', 'ممرات'),
	...c('ar', 'attached', 'topics/supply-chain-corridors', 'الممرات', 'والممرات'),
	...c('ar', 'plural', 'topics/supply-chain-corridors', 'ممر'),
	...c('ar', 'bare', 'topics/eu-partnership', 'شراكة'),
	...c('ar', 'attached', 'topics/eu-partnership', 'الشراكة', 'فالشراكة', 'والشراكة'),
	...c('ar', 'bare', 'summits/cica-2022-astana', 'قمة'),
	...c('ar', 'attached', 'summits/cica-2022-astana', 'القمة', 'وقمة', 'والقمة'),
	...c('ar', 'bare', 'topics/climate-change', 'المناخ'),
	...c('ar', 'attached', 'topics/climate-change', 'بالمناخ', 'والمناخ'),
	...c('ar', 'bare', 'countries/ru', 'روسيا'),
	...c('ar', 'attached', 'countries/ru', 'وروسيا', 'لروسيا'),
	...c('ar', 'bare', 'organisations/eu', 'الاتحاد الأوروبي'),
	...c('ar', 'attached', 'organisations/eu', 'بالاتحاد الأوروبي', 'والاتحاد الأوروبي'),
	...c('ar', 'attached', 'people/putin', 'وبوتين', 'لبوتين'),
	...c('ar', 'attached', 'topics/trade-investment', 'والاستثمار', 'بالتجارة'),
	...c('ar', 'plural', 'topics/trade-investment', 'استثمارات'),
	// The words analysts use for a topic, in both languages.
	...c('ar', 'synonym', 'topics/climate-change', 'الاحتباس الحراري', 'الاحترار العالمي'),
	...c('ar', 'synonym', 'topics/transport-logistics', 'الشحن'),
	...c('ar', 'synonym', 'summits/central-asia-eu-2022-astana', 'بيان مشترك', 'بيان ختامي'),
	...c('ar', 'synonym', 'meetings/tokayev-von-der-leyen-2022', 'مكالمة فيديو', 'اتصال مرئي'),
	...c('en', 'synonym', 'summits/central-asia-eu-2022-astana', 'communique', 'joint statement', 'final declaration'),
	...c('en', 'synonym', 'topics/climate-change', 'global warming', 'climate crisis'),
	...c('en', 'synonym', 'meetings/tokayev-von-der-leyen-2022', 'video call', 'videoconference'),
	...c('en', 'synonym', 'topics/transport-logistics', 'freight', 'shipping'),
	...c('en', 'synonym', 'topics/regional-tensions', 'border disputes'),
	// English plural and singular.
	...c('en', 'plural', 'topics/supply-chain-corridors', 'corridor', 'corridors'),
	...c('en', 'plural', 'topics/regional-tensions', 'tension', 'tensions'),
	...c('en', 'plural', 'topics/eu-partnership', 'partnership', 'partnerships'),
	// Names, in any script and spelling, in both editions.
	...c('en', 'name', 'people/tokayev', 'Tokayev', 'Tokaev', 'Токаев', 'توكاييف'),
	...c('en', 'name', 'people/erdogan', 'Erdogan', 'Erdoğan'),
	...c('en', 'name', 'people/japarov', 'Zhaparov', 'Japarov'),
	...c('en', 'name', 'people/von-der-leyen', 'von der Leyen'),
	...c('en', 'name', 'cities/astana', 'Astana', 'Nur-Sultan'),
	...c('ar', 'name', 'people/tokayev', 'Tokayev', 'توكاييف'),
	...c('ar', 'name', 'people/erdogan', 'اردوغان', 'إردوغان'),
	...c('ar', 'name', 'people/raisi', 'رئيسي', 'ريسي'),
	...c('ar', 'name', 'people/mirziyoyev', 'ميرزيوييف'),
];

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
		return [missing, extra].filter((variant) => variant !== name);
	}
	const doubled = new RegExp(`(${LATIN_CONSONANT})\\1`, 'i');
	if (doubled.test(name)) return [name.replace(doubled, '$1')];
	const variant = name.replace(new RegExp(`^(.+?)(${LATIN_CONSONANT})`, 'i'), '$1$2$2');
	return variant === name ? [] : [variant];
}

/** Cases for people's surnames misspelt, in the edition of each script: each must still lead to its page. */
export function misspeltCases(people: readonly { id: string; en: string; ar: string }[]): QualityCase[] {
	return people.flatMap(({ id, en, ar }) => [
		...c('en', 'misspelt', `people/${id}`, ...misspellings(en)),
		...c('ar', 'misspelt', `people/${id}`, ...misspellings(ar)),
	]);
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

/** Types a query into the open search page and reads its first results, as `collection/id`. */
export async function topResults(page: Page, query: string, count = 3): Promise<string[]> {
	return (await searchOutcome(page, query)).results.slice(0, count);
}

/** Runs the cases on the search pages of a served site, each in its edition. */
export async function runQualityInBrowser(
	page: Page,
	siteUrl: string,
	cases = QUALITY_CASES,
): Promise<QualityResult[]> {
	const results: QualityResult[] = [];
	let edition = '';
	for (const item of cases) {
		if (item.edition !== edition) await openSearchPage(page, siteUrl, (edition = item.edition));
		const outcome = await searchOutcome(page, item.query);
		const top = outcome.results.slice(0, 3);
		// A misspelt name found by "did you mean" counts after the results it was offered beside.
		const suggested = item.kind === 'misspelt' ? outcome.suggestions.indexOf(item.expect) + 1 : 0;
		const rank = top.indexOf(item.expect) + 1 || (suggested && top.length + suggested);
		results.push({ ...item, top: [...top, ...(item.kind === 'misspelt' ? outcome.suggestions : [])], rank });
	}
	return results;
}

/** "58 of 60 queries", and the misses, for a report. */
export function qualitySummary(results: QualityResult[]): { passed: number; total: number; misses: string[] } {
	const misses = results
		.filter((r) => r.rank === 0)
		.map((r) => `${r.edition} «${r.query}» (${r.kind}): expected ${r.expect}, got ${r.top.join(', ') || 'nothing'}`);
	return { passed: results.length - misses.length, total: results.length, misses };
}
