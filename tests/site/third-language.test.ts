/**
 * A collection chooses its languages in `site.yaml`. The fixture
 * `tests/fixtures/third-language` is the valid collection written in English,
 * Arabic and French (`languages: [en, ar, fr]`): built with the same script as
 * every site, it has every page in each of the three, each page linking the
 * other two, a Pagefind index and a PDF pack per language, and a search (on
 * the site and in the portable edition) that names each other edition where a
 * query finds what this one does not.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { AUTONYM, DIRECTION, languageName, type Locale } from '../../src/lib/language-table.ts';
import { FIXTURES } from '../../scripts/lib/fixtures.ts';
import { openPdf, pageLines } from '../../scripts/lib/pdf.ts';
import { launchBrowser, serveSite, type StaticSite } from '../../scripts/lib/browser.ts';
import { runBuild, runPortableBuild } from '../helpers/build.ts';

const BRIEFINGS = join(FIXTURES, 'third-language', 'briefings');
/** The fixture's languages, as its site.yaml names them (this process runs with the default pair). */
const LANGUAGES: Locale[] = ['en', 'ar', 'fr'];

let site: string;
beforeAll(async () => {
	site = join(await mkdtemp(join(tmpdir(), 'third-language-')), 'dist');
	await runBuild(site, { BRIEFINGS_DIR: BRIEFINGS }, ['--pdf']);
});

/** The pages of one language's edition, as paths inside it (`people/alpha/index.html`). */
async function editionPages(locale: Locale): Promise<string[]> {
	const files = await readdir(join(site, locale), { recursive: true });
	return files.filter((file) => file.endsWith('.html')).sort();
}

const documentOf = async (path: string) => parseHTML(await readFile(join(site, path), 'utf8')).document;

test('every page is built in each of the three languages', async () => {
	const [english, ...others] = await Promise.all(LANGUAGES.map(editionPages));
	expect(english!.length).toBeGreaterThan(20);
	for (const pages of others) expect(pages).toEqual(english);
	expect(english).toContain('people/alpha/index.html');
});

test('French pages are French, left to right, in the interface’s French', async () => {
	for (const path of ['fr/index.html', 'fr/people/alpha/index.html', 'fr/search/index.html']) {
		const document = await documentOf(path);
		expect(document.documentElement.getAttribute('lang'), path).toBe('fr');
		expect(document.documentElement.getAttribute('dir'), path).toBe(DIRECTION.fr);
		expect(document.querySelector('.skip-link')?.textContent?.trim(), path).toBe(t('fr', 'skipToContent'));
	}
	const alpha = await documentOf('fr/people/alpha/index.html');
	expect(alpha.querySelector('main')?.textContent).toContain('Président du Pays du Nord');
});

test('each page names its other editions: the language switch and hreflang links', async () => {
	for (const locale of LANGUAGES) {
		for (const file of await editionPages(locale)) {
			const path = `/${locale}/${file.replace(/index\.html$/, '')}`;
			const document = await documentOf(join(locale, file));
			const others = LANGUAGES.filter((other) => other !== locale);
			const switches = [...document.querySelectorAll('a.language-switch')].map((a) => ({
				href: a.getAttribute('href'),
				hreflang: a.getAttribute('hreflang'),
				text: a.textContent,
			}));
			expect(switches, path).toEqual(
				others.map((other) => ({
					href: path.replace(`/${locale}/`, `/${other}/`),
					hreflang: other,
					text: AUTONYM[other],
				})),
			);
			if (file === '404.html') continue;
			const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) =>
				link.getAttribute('hreflang'),
			);
			expect(alternates, path).toEqual(LANGUAGES);
		}
	}
	expect(AUTONYM.fr).toBe('Français');
});

test('the root page offers the three languages, each in itself', async () => {
	const document = await documentOf('index.html');
	expect([...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toEqual(['/en/', '/ar/', '/fr/']);
	expect(document.querySelector('main [lang="fr"]')?.getAttribute('dir')).toBe('ltr');
});

test('Pagefind keeps one index per language, each of every page of its edition', async () => {
	const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	expect(Object.keys(entry.languages).sort()).toEqual([...LANGUAGES].sort());
	const counts = LANGUAGES.map((locale) => entry.languages[locale]!.page_count);
	expect(counts[0]).toBeGreaterThan(5);
	expect(new Set(counts).size).toBe(1);
});

test('the summit’s briefing pack is printed to PDF in each language, the French one in French', async () => {
	for (const locale of LANGUAGES) {
		const document = await documentOf(`${locale}/packs/first-summit/index.html`);
		const href = document.querySelector('a[href$=".pdf"]')?.getAttribute('href');
		expect(href, locale).toBe(`/${locale}/packs/first-summit/briefing-pack-first-summit-${locale}.pdf`);
	}
	const pdf = await openPdf(await readFile(join(site, 'fr/packs/first-summit/briefing-pack-first-summit-fr.pdf')));
	expect((await pageLines(pdf, 1)).join(' ')).toContain(t('fr', 'pack'));
});

describe('in a browser', () => {
	let browser: Browser;
	let served: StaticSite;
	beforeAll(async () => {
		[browser, served] = await Promise.all([launchBrowser(), serveSite(site, '/')]);
	});
	afterAll(async () => {
		await browser?.close();
		await served?.close();
	});

	async function searchPage(locale: Locale, query: string): Promise<Page> {
		const page = await browser.newPage();
		await page.goto(`${served.url}${locale}/search/?q=${encodeURIComponent(query)}`);
		await page.waitForFunction(() => document.querySelector('.search-page .search-status')?.textContent);
		return page;
	}

	/** The other editions a search page links, each with the count it gives. */
	const otherEditions = (page: Page) =>
		page.$$eval('.search-page .search-other-edition a', (links) =>
			links.map((a) => ({ hreflang: a.getAttribute('hreflang'), text: a.textContent, href: a.getAttribute('href') })),
		);

	test('the French edition finds French words', async () => {
		const page = await searchPage('fr', 'Pays du Nord');
		expect(await page.$$eval('.search-page .search-result', (results) => results.length)).toBeGreaterThan(0);
		await page.close();
	});

	test('a query the French edition cannot answer names the edition that can, in French', async () => {
		// «مختلق» ("invented"), in Arabic text only, and no name (a name is found in every edition).
		const page = await searchPage('fr', 'مختلق');
		await page.waitForSelector('.search-page .search-other-edition a');
		const [arabic, ...rest] = await otherEditions(page);
		expect(rest).toEqual([]);
		expect(arabic!.hreflang).toBe('ar');
		expect(arabic!.href).toBe(`/ar/search/?q=${encodeURIComponent('مختلق')}`);
		const counts = Array.from({ length: 50 }, (_, n) => n).filter(
			(n) => t('fr', 'otherEdition', { n, language: languageName('ar', 'fr') }) === arabic!.text,
		);
		expect(counts.length).toBe(1);
		expect(counts[0]).toBeGreaterThan(0);
		await page.close();
	});

	test('on the Arabic page, each edition that finds a word is named, in the order of the languages', async () => {
		// «tests», in the English and French notes of the source; «dirige» ("leads"), in French text only.
		for (const [query, found] of [
			['tests', ['en', 'fr']],
			['dirige', ['fr']],
		] as const) {
			const page = await searchPage('ar', query);
			await page.waitForSelector('.search-page .search-other-edition a');
			const editions = await otherEditions(page);
			expect(editions.map((edition) => edition.hreflang)).toEqual(found);
			// "… in the English edition", "… in the French edition", in Arabic.
			for (const edition of editions) expect(edition.text).toContain(`النسخة ${languageName(edition.hreflang!, 'ar')}`);
			await page.close();
		}
	});

	test('the portable edition, opened from disk, searches each edition and names the others', async () => {
		const out = await mkdtemp(join(tmpdir(), 'third-language-portable-'));
		await runPortableBuild(out, { BRIEFINGS_DIR: BRIEFINGS });
		const root = join(out, 'briefings-portable');
		const page = await browser.newPage();
		const open = async (path: string, query: string) => {
			await page.goto(`${pathToFileURL(join(root, path)).href}?q=${encodeURIComponent(query)}`);
			await page.waitForFunction(() => document.querySelector('.search-page .search-status')?.textContent);
		};
		await open('fr/search/index.html', 'Pays');
		expect(await page.$$eval('.search-page .search-result', (results) => results.length)).toBeGreaterThan(0);
		await open('ar/search/index.html', 'tests');
		await page.waitForSelector('.search-page .search-other-edition a');
		const links = await page.$$eval('.search-page .search-other-edition a', (all) =>
			all.map((a) => a.getAttribute('href')),
		);
		expect(links.map((href) => href?.replace(/^.*briefings-portable\//, ''))).toEqual([
			'en/search/index.html?q=tests',
			'fr/search/index.html?q=tests',
		]);
		await page.close();
	});

	test('French pages have no accessibility violations', async () => {
		const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
		for (const path of ['fr/people/alpha/', 'fr/summits/first-summit/', 'fr/search/?q=Alpha']) {
			const page = await browser.newPage();
			await page.goto(served.url + path);
			await page.evaluate(axeSource);
			const violations = await page.evaluate(async () => {
				const { violations } = await window.axe!.run(document, {
					runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
				});
				return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(violations, path).toEqual([]);
			await page.close();
		}
	});
});
