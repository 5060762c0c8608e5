/**
 * Recall, measured: the search-quality suite (`scripts/lib/search-quality.ts`)
 * in both editions in the browser and in the portable edition's search, and
 * Arabic words sampled from the built site, searched bare and with a
 * conjunction, preposition or article attached.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { buildFallbackIndex } from '../../../scripts/portable/fallback-index.ts';
import { checkContent } from '../../../src/build/content/check.ts';
import {
	misspeltCases,
	openSearchPage,
	QUALITY_CASES,
	qualitySummary,
	runQualityInBrowser,
	topResults,
} from '../../../scripts/lib/search-quality.ts';
import { searchFallback } from '../../../src/lib/fallback-search.ts';
import { useBrowserAndSite } from '../../helpers/browser-session.ts';
import { siteDir } from '../../helpers/site.ts';

const session = useBrowserAndSite(siteDir);

test(`the ${QUALITY_CASES.length} queries of the suite find their page in the first three, in both editions`, async () => {
	expect(QUALITY_CASES.length).toBeGreaterThanOrEqual(60);
	expect(new Set(QUALITY_CASES.map((c) => c.edition))).toEqual(new Set(['en', 'ar']));
	const page = await session.browser.newPage();
	const summary = qualitySummary(await runQualityInBrowser(page, session.site.url));
	console.log(`search quality: ${summary.passed} of ${summary.total} queries`);
	expect(summary.misses).toEqual([]);
	await page.close();
});

test('every person’s surname, misspelt as readers do, still leads to their page, in both editions', async () => {
	const { entries } = await checkContent('briefings');
	const people = entries
		.filter((entry) => entry.collection === 'people')
		.map((entry) => ({ id: entry.id, ...(entry.data as { shortName: { en: string; ar: string } }).shortName }));
	const cases = misspeltCases(people);
	expect(cases.length).toBeGreaterThanOrEqual(people.length * 2);
	const page = await session.browser.newPage();
	const summary = qualitySummary(await runQualityInBrowser(page, session.site.url, cases));
	console.log(`misspelt surnames: ${summary.passed} of ${summary.total}`);
	expect(summary.misses).toEqual([]);
	await page.close();
});

test('the portable edition’s search passes the same suite', async () => {
	const entries = await buildFallbackIndex('briefings');
	const misses = QUALITY_CASES.filter((c) => {
		const top = searchFallback(entries, c.query, c.edition)
			.slice(0, 3)
			.map((hit) => `${hit.entry.k}/${hit.entry.i}`);
		return !top.includes(c.expect);
	}).map((c) => `${c.edition} «${c.query}»: expected ${c.expect}`);
	expect(misses).toEqual([]);
});

/** The Arabic words of the indexed text of the Arabic pages that carry no attached prefix. */
function bareArabicWords(): string[] {
	const root = join(siteDir(), 'ar');
	const words = new Set<string>();
	const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html'));
	for (const file of files) {
		const body = parseHTML(readFileSync(join(root, file), 'utf8')).document.querySelector('[data-pagefind-body]');
		const texts: string[] = [];
		const walk = (node: Node) => {
			if (node.nodeType === 3) texts.push((node as Text).data);
			const element = node as Element;
			if (node.nodeType === 1 && (element.hasAttribute('hidden') || element.hasAttribute('data-pagefind-ignore')))
				return;
			for (const child of node.childNodes) walk(child);
		};
		if (body) walk(body);
		// Words as a reader types them: vowel marks (of no script of their own) left out.
		for (const written of texts.join(' ').match(/[\p{Script=Arabic}\p{M}]+/gu) ?? []) {
			const word = written.replace(/\p{M}/gu, '');
			if (word.length >= 3 && /^\p{L}+$/u.test(word) && !/^(ال|[وفبكل])/.test(word)) words.add(word);
		}
	}
	return [...words].sort();
}

test('over 200 Arabic words of the site: the bare word and the word with a prefix attached find overlapping first results', async () => {
	const words = bareArabicWords();
	const SAMPLE = 220;
	expect(words.length).toBeGreaterThanOrEqual(SAMPLE);
	const sample = Array.from({ length: SAMPLE }, (_, i) => words[Math.floor((i * words.length) / SAMPLE)]!);
	const prefixes = ['و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'بال', 'لل'];
	const page = await session.browser.newPage();
	await openSearchPage(page, session.site.url, 'ar');
	const problems: string[] = [];
	for (const [i, word] of sample.entries()) {
		const attached = `${prefixes[i % prefixes.length]}${word}`;
		const bare = await topResults(page, word);
		const withPrefix = await topResults(page, attached);
		if (bare.length === 0) problems.push(`«${word}» finds nothing`);
		else if (!bare.some((key) => withPrefix.includes(key)))
			problems.push(`«${word}» → ${bare.join(', ')}; «${attached}» → ${withPrefix.join(', ') || 'nothing'}`);
	}
	expect(problems).toEqual([]);
	await page.close();
});
