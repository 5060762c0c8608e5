/**
 * Recall, measured through the search interface as a reader types: the site
 * fixture's search suite (`tests/fixtures/site/briefings/search-suite.yaml`,
 * every kind of query) and misspelt surnames, in both editions; and every
 * Arabic word of the fixture's pages, searched bare and with a conjunction,
 * preposition or article attached. (The real briefings' suite is a content gate.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { checkContent } from '../../../src/checker/check.ts';
import { t, type TextKey } from '../../../src/i18n/ui.ts';
import type { Locale } from '../../../src/lib/language-table.ts';
import { LOCALES } from '../../../src/lib/locales.ts';
import {
	misspeltCases,
	qualitySummary,
	runQualityInBrowser,
	runQualityInEngine,
	searchInEngine,
	suiteCases,
	type QualityCase,
} from '../../../scripts/lib/search-quality.ts';
import { useBrowserAndSite } from '../../helpers/browser-session.ts';
import { SITE_FIXTURE, siteDir } from '../../helpers/site.ts';

const session = useBrowserAndSite(siteDir);

test('every query of the suite finds its page in the first three, typed into the search page of its edition', async () => {
	const cases = await suiteCases(SITE_FIXTURE);
	expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['bare', 'attached', 'plural', 'synonym', 'name']));
	expect(new Set(cases.map((c) => c.edition))).toEqual(new Set(['en', 'ar']));
	const page = await session.browser.newPage();
	const summary = qualitySummary(await runQualityInBrowser(page, session.site.url, cases));
	expect(summary.misses).toEqual([]);
	await page.close();
});

test('every person’s surname, misspelt as readers do, still leads to their page, in both editions', async () => {
	const { entries } = await checkContent(SITE_FIXTURE);
	const people = entries
		.filter((entry) => entry.collection === 'people')
		.map((entry) => ({ id: entry.id, ...(entry.data as { shortName: Record<Locale, string> }).shortName }));
	const cases = misspeltCases(people);
	expect(cases.length).toBeGreaterThanOrEqual(people.length * 2);
	const page = await session.browser.newPage();
	const summary = qualitySummary(await runQualityInBrowser(page, session.site.url, cases));
	expect(summary.misses).toEqual([]);
	await page.close();
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

test('every Arabic word of the site: the bare word and the word with a prefix attached find overlapping first results', async () => {
	const words = bareArabicWords();
	expect(words.length).toBeGreaterThanOrEqual(100);
	const prefixes = ['و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'بال', 'لل'];
	const cases = words.flatMap((word, i): QualityCase[] => [
		{ edition: 'ar', kind: 'bare', query: word, expect: '' },
		{ edition: 'ar', kind: 'attached', query: `${prefixes[i % prefixes.length]}${word}`, expect: '' },
	]);
	// Hundreds of queries: run through the site's search engine in the page rather than typed one by one.
	const context = await session.browser.newContext({ bypassCSP: true });
	const results = await runQualityInEngine(await context.newPage(), session.site.url, cases);
	await context.close();
	const problems: string[] = [];
	for (let i = 0; i < results.length; i += 2) {
		const [bare, attached] = [results[i]!, results[i + 1]!];
		if (bare.top.length === 0) problems.push(`«${bare.query}» finds nothing`);
		else if (!bare.top.some((key) => attached.top.includes(key)))
			problems.push(
				`«${bare.query}» → ${bare.top.join(', ')}; «${attached.query}» → ${attached.top.join(', ') || 'nothing'}`,
			);
	}
	expect(problems).toEqual([]);
});

/** What a page shows around its text that is not the text: headings of its parts, labels of its facts, notes. */
const FURNITURE: TextKey[] = [
	'keyFacts',
	'bottomLine',
	'whyItMatters',
	'whyItMattersNote',
	'factsSources',
	'spellings',
	'legend.title',
	'legend.hint',
	'connections',
	'citedBy',
	'reviewPage',
	'mapSee',
];
/**
 * Every word the built pages of an edition hold in one piece of text, with
 * markup as a boundary: a label followed by letters is glued to its value
 * only when the word it makes is in none of them ("Dateline" is a label).
 */
function wordsOfPages(edition: string): Set<string> {
	const root = join(siteDir(), edition);
	const words = new Set<string>();
	for (const file of readdirSync(root, { recursive: true }) as string[])
		if (file.endsWith('.html'))
			for (const word of readFileSync(join(root, file), 'utf8')
				.replace(/<[^>]*>/g, ' ')
				.split(/[^\p{L}\p{N}\p{M}]+/u))
				words.add(word);
	return words;
}

/** The names of key facts, which must never be glued to their values. */
const LABELS: TextKey[] = [
	'office',
	'country',
	'organisation',
	'date',
	'dates',
	'place',
	'format',
	'sides',
	'heldAlongside',
	'edition',
	'organiser',
	'participants',
	'topics',
	'outcomes',
	'publisher',
	'published',
	'dateline',
	'originalLanguage',
];

test('search excerpts read as sentences: no label glued to its value, no page furniture, in 30 queries of each edition', async () => {
	const { entries } = await checkContent(SITE_FIXTURE);
	const queries = LOCALES.flatMap((edition) => {
		// Each entity's name, and the words of the briefings' text, as readers search them.
		const names = entries.map(
			(e) => (e.data['shortName'] ?? e.data['name'] ?? e.data['title']) as Record<string, string>,
		);
		const words = entries.flatMap((e) =>
			String((e.data['summary'] as Record<string, string> | undefined)?.[edition] ?? '').split(/[\s،,.;:()]+/),
		);
		const pool = [...new Set([...names.map((n) => n[edition]!), ...words.filter((w) => w.length > 5)])];
		return pool.slice(0, 30).map((query) => ({ edition, query }));
	});
	expect(queries).toHaveLength(60);
	const context = await session.browser.newContext({ bypassCSP: true });
	const outcomes = await searchInEngine(await context.newPage(), session.site.url, queries);
	await context.close();
	const problems: string[] = [];
	let excerpts = 0;
	const pageWords = Object.fromEntries(LOCALES.map((edition) => [edition, wordsOfPages(edition)]));
	queries.forEach(({ edition, query }, i) => {
		for (const html of outcomes[i]!.excerpts) {
			excerpts++;
			const text = html.replace(/<\/?mark>/g, '');
			for (const key of FURNITURE)
				if (text.includes(t(edition, key))) problems.push(`${edition} «${query}»: "${t(edition, key)}" in "${text}"`);
			for (const key of LABELS) {
				const label = t(edition, key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				for (const [word] of text.matchAll(new RegExp(`${label}[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*`, 'gu')))
					if (!pageWords[edition]!.has(word))
						problems.push(`${edition} «${query}»: "${t(edition, key)}" glued to its value in "${text}"`);
			}
		}
	});
	expect(excerpts).toBeGreaterThan(100);
	expect(problems).toEqual([]);
});
