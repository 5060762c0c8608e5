/**
 * The portable edition, as a traveller uses it: unzipped into a folder and
 * opened from disk in a browser, with no server.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { pressSearchShortcut, watchProblems } from '../../helpers/browser-session.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCollection } from '../../../scripts/bench/generate.ts';
import { launchBrowser } from '../../../scripts/lib/browser.ts';
import { checkContent } from '../../../src/checker/check.ts';
import { runPortableBuild } from '../../helpers/build.ts';
import { SITE_FIXTURE } from '../../../scripts/lib/fixtures.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Builds the portable edition of a collection and unzips it somewhere new. */
async function unzippedEdition(briefings: string): Promise<{ root: string; zipBytes: number; indexBytes: number }> {
	const out = await mkdtemp(join(tmpdir(), 'portable-out-'));
	await runPortableBuild(out, { BRIEFINGS_DIR: briefings });
	const zip = await readFile(join(out, 'briefings-portable.zip'));
	const target = await mkdtemp(join(tmpdir(), 'unzipped-'));
	for (const [name, data] of Object.entries(unzipSync(zip))) {
		if (name.endsWith('/')) continue;
		await mkdir(dirname(join(target, name)), { recursive: true });
		await writeFile(join(target, name), data);
	}
	const root = join(target, 'briefings-portable');
	return { root, zipBytes: zip.length, indexBytes: (await readFile(join(root, 'search-index.js'))).length };
}

/** A page that records every failed request and script error. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
	const page = await browser.newPage();
	return { page, problems: watchProblems(page) };
}

async function searchFromHeader(page: Page, query: string) {
	await pressSearchShortcut(page);
	await page.keyboard.type(query);
	await page.waitForSelector('.search-popup:not([hidden]) .search-result');
}

/**
 * Budgets that follow the collection, each a part every edition carries
 * (styles, scripts, the map, the search engine; the index of the places,
 * organisations, topics and sources) and at most so much a briefing: the
 * search index stays under 1 MB at 1,000 briefings.
 */
const ZIP_FIXED = 1.2 * 1024 * 1024;
const ZIP_PER_BRIEFING = 40 * 1024;
const INDEX_FIXED = 50 * 1024;
const INDEX_PER_BRIEFING = 0.95 * 1024;

describe('the portable edition of the site fixture, opened from disk', () => {
	let edition: Awaited<ReturnType<typeof unzippedEdition>>;
	let briefings = 0;
	beforeAll(async () => {
		edition = await unzippedEdition(SITE_FIXTURE);
		briefings = (await checkContent(SITE_FIXTURE)).entries.filter((e) => e.parsed !== undefined).length;
	}, 120_000);

	test('keeps search engines away, as the site does: a robots meta on every page, the cover too, and robots.txt', async () => {
		const pages = (await readdir(edition.root, { recursive: true })).filter((f) => f.endsWith('.html'));
		const unmarked = [];
		for (const file of pages)
			if (
				!(await readFile(join(edition.root, file), 'utf8')).includes('<meta name="robots" content="noindex, nofollow">')
			)
				unmarked.push(file);
		expect(pages).toContain('index.html');
		expect(unmarked).toEqual([]);
		expect(await readFile(join(edition.root, 'robots.txt'), 'utf8')).toContain('Disallow: /');
	});

	test('fits its budget: a fixed part and a little a briefing', () => {
		expect(edition.zipBytes).toBeLessThan(ZIP_FIXED + briefings * ZIP_PER_BRIEFING);
	});

	test('the cover says when it was built and how many briefings it holds; links, language switch, cross-script and cross-edition search work', async () => {
		const { page, problems } = await openPage();
		await page.goto(pathToFileURL(join(edition.root, 'index.html')).href);
		const cover = await page.textContent('main');
		expect(cover).toContain(
			`built on ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date())}`,
		);
		expect(cover).toContain(`holds ${briefings} briefings`);

		await page.click('a[hreflang="en"]');
		await page.click('nav a[href$="people/index.html"]');
		await page.click('main a[href$="kallavan/index.html"]');
		expect(page.url()).toMatch(/\/en\/people\/kallavan\/index\.html$/);
		expect(await page.textContent('h1')).toBe('Teodor Kallavan');

		await page.click('a.language-switch');
		expect(page.url()).toMatch(/\/ar\/people\/kallavan\/index\.html$/);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');

		await searchFromHeader(page, 'Оздоган');
		expect(await page.textContent('.search-popup .search-result-title')).toBe('أيلين أوزدوغان');
		await page.click('.search-popup .search-result-title');
		await page.waitForURL(/\/ar\/people\/ozdogan\/index\.html/);
		expect(await page.textContent('h1')).toBe('أيلين أوزدوغان');

		// A source with neither a summary nor a note is found, and shown with its opening paragraph.
		await page.goto(pathToFileURL(join(edition.root, 'en/search/index.html')).href + '?q=Vantar');
		await page.waitForSelector('.search-page .search-results .search-result');
		expect(await page.$$eval('.search-page .search-result-title', (t) => t.map((e) => e.textContent))).toContain(
			'Özdoğan and Vantar meet',
		);

		await page.goto(pathToFileURL(join(edition.root, 'en/search/index.html')).href + '?q=Hollys');
		await page.waitForSelector('.search-page .search-suggestions a');
		expect(await page.textContent('.search-page .search-suggestions a')).toBe('Marek Hollis');

		// An English word in the Arabic edition: the English edition's results are a click away.
		await page.goto(pathToFileURL(join(edition.root, 'ar/search/index.html')).href + '?q=climate');
		await page.waitForSelector('.search-page .search-other-edition a');
		await page.click('.search-page .search-other-edition a');
		await page.waitForSelector('.search-page .search-results .search-result');
		expect(page.url()).toMatch(/\/en\/search\/index\.html\?q=climate$/);

		await page.goto(pathToFileURL(join(edition.root, 'en/packs/first-league-summit/index.html')).href);
		await page.click('.pack-contents a[href="#pell"]');
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('the portable edition of 150 synthetic briefings, opened from disk', () => {
	const COUNT = 150;
	let edition: Awaited<ReturnType<typeof unzippedEdition>>;
	let names: string[];
	beforeAll(async () => {
		const dir = await mkdtemp(join(tmpdir(), 'portable-synthetic-'));
		const generated = await generateCollection(dir, COUNT);
		names = generated.names;
		edition = await unzippedEdition(join(dir, 'briefings'));
	}, 240_000);

	test('keeps its search index and its zip within their budgets', () => {
		expect(edition.indexBytes).toBeLessThan(INDEX_FIXED + COUNT * INDEX_PER_BRIEFING);
		expect(edition.zipBytes).toBeLessThan(ZIP_FIXED + COUNT * ZIP_PER_BRIEFING);
	});

	test('searches, follows a result and switches language with no failed request', async () => {
		const { page, problems } = await openPage();
		await page.goto(pathToFileURL(join(edition.root, 'en/index.html')).href);
		await searchFromHeader(page, names[0]!);
		const title = await page.textContent('.search-popup .search-result-title');
		expect(title).toContain(names[0]);
		await page.click('.search-popup .search-result-title');
		await page.waitForURL(/\/en\/people\/person-\d+\/index\.html/);
		await page.click('a.language-switch');
		await page.waitForURL(/\/ar\/people\/person-\d+\/index\.html/);
		expect(problems).toEqual([]);
		await page.close();
	});
});
