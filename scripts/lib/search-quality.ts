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
	/** What the case tests. */
	kind: 'bare' | 'attached' | 'plural' | 'synonym' | 'name';
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

/** Types a query into the open search page and reads its first results, as `collection/id`. */
export async function topResults(page: Page, query: string, count = 3): Promise<string[]> {
	// Empty the results, then type: the status fills in once this query's results are drawn.
	await page.evaluate(() => {
		document.querySelector('.search-page .search-results')!.replaceChildren();
		document.querySelector('.search-page .search-status')!.textContent = '';
	});
	await page.fill('#search-page-q', query);
	await page.waitForFunction(() => document.querySelector('.search-page .search-status')?.textContent !== '');
	const urls = await page.$$eval('.search-page .search-result-title', (links) =>
		links.map((a) => (a as HTMLAnchorElement).href),
	);
	return urls.slice(0, count).map(pageKey);
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
		const top = await topResults(page, item.query);
		results.push({ ...item, top, rank: top.indexOf(item.expect) + 1 });
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
