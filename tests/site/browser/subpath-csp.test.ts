import { expect, inject, test } from 'vitest';
import { CSP_DIRECTIVES, cspString, HEADER_ONLY_DIRECTIVES } from '../../../src/lib/csp.ts';
import { pressSearchShortcut, useBrowserAndSite, watchProblems } from '../../helpers/browser-session.ts';
import { SUBPATH } from '../build-site.ts';

const BASE = SUBPATH;
const session = useBrowserAndSite(() => inject('subpathSiteDir'), BASE, {
	'content-security-policy': cspString({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES }),
});

test('under a sub-path and a strict CSP header, navigation and search work with no violation and no failed request', async () => {
	const page = await session.browser.newPage();
	const problems = watchProblems(page);
	await page.goto(session.site.url);
	await page.click('a[hreflang="ar"]');
	await page.waitForURL(`**${BASE}ar/`);
	await page.click('nav a[href$="/people/"]');
	await page.waitForURL(`**${BASE}ar/people/`);
	await page.click('a[href$="/people/kallavan/"]');
	expect(await page.textContent('h1')).toBe('تيودور كالافان');

	await pressSearchShortcut(page);
	await page.keyboard.type('Kalavan');
	await page.waitForSelector('.search-popup .search-result');
	const href = await page.getAttribute('.search-popup .search-result-title', 'href');
	expect(href).toMatch(new RegExp(`^${BASE}ar/people/kallavan/`));

	await page.goto(`${session.site.url}en/search/?q=${encodeURIComponent('Brannok')}`);
	await page.waitForSelector('.search-page .search-suggestions a');
	expect(await page.getAttribute('.search-page .search-suggestions a', 'href')).toBe(`${BASE}en/people/brannock/`);
	expect(problems).toEqual([]);
	await page.close();
});
