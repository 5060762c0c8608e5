/**
 * The shipped nginx and Apache configurations, for real: each server serves
 * the site built for /briefings/ on a loopback port, and a browser logged in
 * as a reader navigates and searches through it. What the login refuses is
 * tested without a browser in hosting-access.test.ts.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../../scripts/lib/browser.ts';
import { CSP_DIRECTIVES, cspString, HEADER_ONLY_DIRECTIVES } from '../../../src/lib/csp.ts';
import { pressSearchShortcut, watchProblems } from '../../helpers/browser-session.ts';
import { basicAuth, startWebServer, TEST_READER, type ServerName, type WebServer } from '../../helpers/web-server.ts';
import { SUBPATH } from '../build-site.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The site asks every request for the password: requests and the browser log in as the test's reader. */
const readerFetch = (url: string) =>
	fetch(url, { headers: { authorization: basicAuth(TEST_READER.username, TEST_READER.password) } });

describe.each<ServerName>(['nginx', 'apache'])('served by %s with the shipped config', (name) => {
	let server: WebServer;
	let reader: BrowserContext;
	beforeAll(async () => {
		server = await startWebServer(name, inject('subpathSiteDir'), SUBPATH);
		// Credentials sent with every request to this server, not after a 401 first: the challenge
		// itself is hosting-access.test.ts's subject, and no 401 should count as a page's problem here.
		reader = await browser.newContext({ httpCredentials: { ...TEST_READER, origin: server.origin, send: 'always' } });
	});
	afterAll(async () => {
		await reader?.close();
		await server?.stop();
	});

	test('sends the strict CSP and the cache headers', async () => {
		const page = await readerFetch(`${server.origin}${SUBPATH}en/people/kallavan/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8$/i);
		expect(page.headers.get('content-security-policy')).toBe(
			cspString({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES }),
		);
		expect(page.headers.get('cache-control')).toBe('no-cache');
		const html = await page.text();
		const css = /href="([^"]+\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
		const asset = await readerFetch(`${server.origin}${css}`);
		expect(asset.status).toBe(200);
		expect(asset.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
		expect(asset.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
		const index = await readerFetch(`${server.origin}${SUBPATH}pagefind/pagefind-entry.json`);
		expect(index.status).toBe(200);
		expect(index.headers.get('cache-control')).toBe('private, max-age=3600, must-revalidate');
		const wasm = await readerFetch(`${server.origin}${SUBPATH}pagefind/wasm.en.pagefind`);
		expect(wasm.status).toBe(200);
	});

	test('a missing page gets the site’s own "not found" page, in both languages, with its styles', async () => {
		const page = await reader.newPage();
		const failed: string[] = [];
		page.on('response', (r) => r.url().includes('/_astro/') && r.status() >= 400 && failed.push(r.url()));
		const response = await page.goto(`${server.origin}${SUBPATH}en/people/nobody/`);
		expect(response?.status()).toBe(404);
		expect(await page.textContent('#not-found-en')).toBe('Page not found');
		expect(await page.textContent('#not-found-ar')).toBe('الصفحة غير موجودة');
		expect(await page.getAttribute('#not-found-ar >> xpath=..', 'dir')).toBe('rtl');
		// Its search forms open the search page of their language, under the sub-path.
		expect(await page.getAttribute('form[role="search"] >> nth=1', 'action')).toBe(`${SUBPATH}ar/search/`);
		expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
		expect(failed).toEqual([]);
		await page.close();
	});

	test('a reader navigates and searches with no error', async () => {
		const page = await reader.newPage();
		const problems = watchProblems(page);
		await page.goto(`${server.origin}${SUBPATH}`);
		await page.click('a[hreflang="en"]');
		await page.click('nav a[href$="/summits/"]');
		await page.click('a[href$="/summits/first-league-summit/"]');
		expect(await page.textContent('h1')).toBe('First League Summit, Capital');
		await pressSearchShortcut(page);
		await page.keyboard.type('Saidi');
		await page.waitForSelector('.search-popup .search-result');
		await page.click('.search-popup .search-result-title');
		await page.waitForURL(`**${SUBPATH}en/people/saidi/?highlight=Saidi`);
		expect(await page.textContent('h1')).toBe('Omar Saidi');
		expect(problems).toEqual([]);
		expect(server.log()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
		await page.close();
	});
});
