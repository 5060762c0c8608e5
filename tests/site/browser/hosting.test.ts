/**
 * The shipped nginx and Apache configurations, for real: each server serves
 * the site built for /briefings/ on a loopback port, and a browser navigates
 * and searches through it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../../scripts/lib/browser.ts';
import { CSP_DIRECTIVES, cspString, HEADER_ONLY_DIRECTIVES } from '../../../src/lib/csp.ts';
import { pressSearchShortcut, watchProblems } from '../../helpers/browser-session.ts';
import { startWebServer, type ServerName, type WebServer } from '../../helpers/web-server.ts';
import { SUBPATH } from '../build-site.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe.each<ServerName>(['nginx', 'apache'])('served by %s with the shipped config', (name) => {
	let server: WebServer;
	beforeAll(async () => {
		server = await startWebServer(name, inject('subpathSiteDir'), SUBPATH);
	});
	afterAll(async () => {
		await server?.stop();
	});

	test('sends the strict CSP and the cache headers', async () => {
		const page = await fetch(`${server.origin}${SUBPATH}en/people/tokayev/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8$/i);
		expect(page.headers.get('content-security-policy')).toBe(
			cspString({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES }),
		);
		expect(page.headers.get('cache-control')).toBe('no-cache');
		const html = await page.text();
		const css = /href="([^"]+\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
		const asset = await fetch(`${server.origin}${css}`);
		expect(asset.status).toBe(200);
		expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(asset.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
		const index = await fetch(`${server.origin}${SUBPATH}pagefind/pagefind-entry.json`);
		expect(index.status).toBe(200);
		expect(index.headers.get('cache-control')).toBe('public, max-age=3600, must-revalidate');
		const wasm = await fetch(`${server.origin}${SUBPATH}pagefind/wasm.en.pagefind`);
		expect(wasm.status).toBe(200);
	});

	test('a missing page gets the site’s own "not found" page, in both languages, with its styles', async () => {
		const page = await browser.newPage();
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
		const page = await browser.newPage();
		const problems = watchProblems(page);
		await page.goto(`${server.origin}${SUBPATH}`);
		await page.click('a[hreflang="en"]');
		await page.click('nav a[href$="/summits/"]');
		await page.click('a[href$="/summits/cica-2022-astana/"]');
		expect(await page.textContent('h1')).toBe('Sixth CICA Summit, Astana');
		await pressSearchShortcut(page);
		await page.keyboard.type('Raisi');
		await page.waitForSelector('.search-popup .search-result');
		await page.click('.search-popup .search-result-title');
		await page.waitForURL(`**${SUBPATH}en/people/raisi/?highlight=Raisi`);
		expect(await page.textContent('h1')).toBe('Ebrahim Raisi');
		expect(problems).toEqual([]);
		expect(server.log()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
		await page.close();
	});
});
