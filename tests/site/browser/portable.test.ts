/**
 * The portable edition, as a traveller uses it: unzipped into a folder and
 * opened from disk in a browser, with no server.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { pressSearchShortcut, watchProblems } from '../../helpers/browser-session.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCollection } from '../../../scripts/bench/generate.ts';
import { launchBrowser } from '../../../scripts/lib/browser.ts';
import { runPortableBuild } from '../../helpers/build.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Builds the portable edition of a collection and unzips it somewhere new. */
async function unzippedEdition(briefings?: string): Promise<{ root: string; zipBytes: number; indexBytes: number }> {
	const out = await mkdtemp(join(tmpdir(), 'portable-out-'));
	await runPortableBuild(out, briefings ? { BRIEFINGS_DIR: briefings } : {});
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

describe('the portable edition of the real briefings, opened from disk', () => {
	let edition: Awaited<ReturnType<typeof unzippedEdition>>;
	beforeAll(async () => {
		edition = await unzippedEdition();
	}, 120_000);

	test('fits in a small zip', () => {
		expect(edition.zipBytes).toBeLessThan(1.75 * 1024 * 1024); // 1.34 MB now
	});

	test('the cover says when it was built and how many briefings it holds; links, language switch, cross-script and cross-edition search work', async () => {
		const { page, problems } = await openPage();
		await page.goto(pathToFileURL(join(edition.root, 'index.html')).href);
		const cover = await page.textContent('main');
		expect(cover).toContain(
			`built on ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date())}`,
		);
		expect(cover).toContain('holds 18 briefings');

		await page.click('a[hreflang="en"]');
		await page.click('nav a[href$="people/index.html"]');
		await page.click('main a[href$="tokayev/index.html"]');
		expect(page.url()).toMatch(/\/en\/people\/tokayev\/index\.html$/);
		expect(await page.textContent('h1')).toBe('Kassym-Jomart Tokayev');

		await page.click('a.language-switch');
		expect(page.url()).toMatch(/\/ar\/people\/tokayev\/index\.html$/);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');

		await searchFromHeader(page, 'Эрдоган');
		expect(await page.textContent('.search-popup .search-result-title')).toBe('رجب طيب أردوغان');
		await page.click('.search-popup .search-result-title');
		await page.waitForURL(/\/ar\/people\/erdogan\/index\.html/);
		expect(await page.textContent('h1')).toBe('رجب طيب أردوغان');

		await page.goto(pathToFileURL(join(edition.root, 'en/search/index.html')).href + '?q=Mirzijoyev');
		await page.waitForSelector('.search-page .search-suggestions a');
		expect(await page.textContent('.search-page .search-suggestions a')).toBe('Shavkat Mirziyoyev');

		// An English word in the Arabic edition: the English edition's results are a click away.
		await page.goto(pathToFileURL(join(edition.root, 'ar/search/index.html')).href + '?q=climate');
		await page.waitForSelector('.search-page .search-other-edition a');
		expect(await page.textContent('.search-page .search-other-edition a')).toMatch(
			/^(نتيجة واحدة|\d+ من النتائج) في النسخة الإنجليزية$/,
		);
		await page.click('.search-page .search-other-edition a');
		await page.waitForSelector('.search-page .search-results .search-result');
		expect(page.url()).toMatch(/\/en\/search\/index\.html\?q=climate$/);

		await page.goto(pathToFileURL(join(edition.root, 'en/packs/cica-2022-astana/index.html')).href);
		await page.click('.pack-contents a[href="#putin"]');
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('the portable edition of 1,000 synthetic briefings, opened from disk', () => {
	let edition: Awaited<ReturnType<typeof unzippedEdition>>;
	let names: string[];
	beforeAll(async () => {
		const dir = await mkdtemp(join(tmpdir(), 'portable-1000-'));
		const generated = await generateCollection(dir, 1000);
		names = generated.names;
		edition = await unzippedEdition(join(dir, 'briefings'));
	}, 240_000);

	test('keeps its search index under 1 MB', () => {
		expect(edition.indexBytes).toBeLessThan(1024 * 1024);
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
