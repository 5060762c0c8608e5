import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { pressSearchShortcut, useBrowserAndSite } from '../../helpers/browser-session.ts';
import { t } from '../../../src/i18n/ui.ts';
import { languageName, type Locale } from '../../../src/lib/language-table.ts';
import { siteDir } from '../../helpers/site.ts';

const session = useBrowserAndSite(siteDir);

/**
 * The count a "3 results" message gives, in the language's own plural form
 * ("3 results in the Arabic edition" for another edition); -1 when the text is no such message.
 */
function countIn(locale: Locale, text: string | null, edition?: Locale): number {
	for (let n = 0; n <= 1000; n++) {
		const message = edition
			? t(locale, 'otherEdition', { n, language: languageName(edition, locale) })
			: t(locale, 'results', { n });
		if (message === text) return n;
	}
	return -1;
}

async function open(path: string): Promise<Page> {
	const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(session.site.url + path);
	return page;
}

/** Types into the header search and returns the titles of the results shown under it. */
async function headerSearch(page: Page, query: string): Promise<string[]> {
	await pressSearchShortcut(page);
	await page.keyboard.type(query);
	await page.waitForFunction((q) => {
		const popup = document.querySelector<HTMLElement>('.search-popup');
		return (
			popup &&
			!popup.hidden &&
			document.querySelector<HTMLInputElement>('#site-search')?.value === q &&
			document.querySelector('.search-status')?.textContent
		);
	}, query);
	return page.$$eval('.search-popup .search-result-title', (links) => links.map((a) => a.textContent ?? ''));
}

describe('header search', () => {
	test.each([
		['en', 'Kallavan', 'Teodor Kallavan'],
		['ar', 'سائدي', 'عمر سائدي'],
	])('in %s, typing %s shows results, the entity’s own page first', async (locale, query, first) => {
		const page = await open(`${locale}/`);
		const titles = await headerSearch(page, query);
		expect(titles[0]).toBe(first);
		expect(titles.length).toBeGreaterThan(1);
		const meta = await page.textContent('.search-popup .search-result-meta');
		expect(meta).toMatch(locale === 'en' ? /Person/ : /شخصية/);
		expect(await page.$$eval('.search-popup mark', (marks) => marks.length)).toBeGreaterThan(0);
		await page.close();
	});

	test('opens with Ctrl+K too, and loads no search code until used', async () => {
		const page = await session.browser.newPage();
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.goto(`${session.site.url}en/topics/climate-change/`);
		expect(requested.filter((p) => p.includes('pagefind'))).toEqual([]);
		await pressSearchShortcut(page, 'Control+k');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		await page.keyboard.type('climate');
		await page.waitForSelector('.search-popup .search-result');
		expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
		await page.close();
	});

	test('opening a result highlights the searched terms on the page', async () => {
		const page = await open('en/');
		await headerSearch(page, 'river corridors');
		await page.click('.search-popup .search-result-title');
		await page.waitForURL(/highlight=river/);
		await page.waitForSelector('[data-pagefind-body] mark');
		const marked = await page.$$eval('[data-pagefind-body] mark', (marks) =>
			marks.map((m) => m.textContent?.toLowerCase()),
		);
		expect(marked.some((m) => m?.includes('river'))).toBe(true);
		await page.close();
	});
});

describe('search page', () => {
	test('its search button looks like the header’s, in light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
			await page.goto(`${session.site.url}en/search/`);
			const looks = (selector: string) =>
				page.$eval(selector, (button) => {
					const style = getComputedStyle(button);
					return [style.color, style.backgroundColor, style.borderRadius, style.padding, style.borderStyle];
				});
			expect(await looks('.search-page-form button[type=submit]')).toEqual(
				await looks('.search-form button[type=submit]'),
			);
			await page.close();
		}
	});

	test('a ?q= deep link runs the search, in both languages', async () => {
		for (const [locale, query] of [
			['en', 'Kallavan'],
			['ar', 'كالافان'],
		] as const) {
			const page = await open(`${locale}/search/?q=${encodeURIComponent(query)}`);
			await page.waitForSelector('.search-results .search-result');
			expect(await page.inputValue('#search-page-q')).toBe(query);
			expect(countIn(locale, await page.textContent('.search-page .search-status'))).toBeGreaterThan(0);
			await page.close();
		}
	});

	test('a filter narrows the results and is kept in the address', async () => {
		const page = await open('en/search/?q=Kallavan');
		await page.waitForSelector('.search-results .search-result');
		const before = await page.$$eval('.search-results .search-result', (r) => r.length);
		await page.selectOption('#search-page-kind', 'Bilateral meeting');
		await page.waitForFunction(() => location.search.includes('kind=Bilateral'));
		await page.waitForFunction((n) => document.querySelectorAll('.search-results .search-result').length < n, before);
		const kinds = await page.$$eval('.search-results .search-result-kind', (k) => k.map((e) => e.textContent));
		expect(new Set(kinds)).toEqual(new Set(['Bilateral meeting']));
		expect(new URL(page.url()).searchParams.get('kind')).toBe('Bilateral meeting');
		await page.close();
	});

	test('results can be sorted by date', async () => {
		const page = await open('en/search/?q=Kallavan&kind=Bilateral+meeting&sort=date:asc');
		await page.waitForSelector('.search-results .search-result');
		const dates = await page.$$eval('.search-results time', (t) => t.map((e) => e.getAttribute('datetime')));
		expect(dates).toEqual([...dates].sort());
		expect(dates[0]).toBe('2022-10-12');
		await page.close();
	});

	test('a misspelt name gets a "did you mean" suggestion', async () => {
		for (const [locale, query, suggestion] of [
			['en', 'Hollys', 'Marek Hollis'],
			['ar', 'هولس', 'ماريك هوليس'],
		] as const) {
			const page = await open(`${locale}/search/?q=${encodeURIComponent(query)}`);
			await page.waitForSelector('.search-page .search-suggestions a');
			expect(await page.textContent('.search-page .search-suggestions a')).toBe(suggestion);
			await page.close();
		}
	});
});

describe('search across editions', () => {
	test('a query in Arabic on an English page says how much the Arabic edition finds, and links it', async () => {
		const page = await open('en/people/kallavan/');
		// «Support», as the Arabic translation writes it: no English page has the word.
		await headerSearch(page, 'تأييد');
		const link = await page.waitForSelector('.search-popup .search-other-edition a');
		expect(countIn('en', await link.textContent(), 'ar')).toBeGreaterThan(0);
		await link.click();
		await page.waitForURL(/\/ar\/search\/\?q=/);
		await page.waitForSelector('.search-page .search-results .search-result');
		expect(await page.inputValue('#search-page-q')).toBe('تأييد');
		expect(await page.$$eval('.search-page .search-result', (r) => r.length)).toBeGreaterThan(1);
		await page.close();
	});

	test('an English query on the Arabic search page gets the same link to the English edition', async () => {
		const page = await open(`ar/search/?q=climate`);
		const link = await page.waitForSelector('.search-page .search-other-edition a');
		const count = countIn('ar', await link.textContent(), 'en');
		expect(count).toBeGreaterThan(0);
		expect(await link.getAttribute('href')).toBe('/en/search/?q=climate');
		// The count is what the English edition itself finds.
		const english = await open('en/search/?q=climate');
		await english.waitForSelector('.search-page .search-results .search-result');
		expect(await english.textContent('.search-page .search-status')).toBe(t('en', 'results', { n: count }));
		await Promise.all([page.close(), english.close()]);
	});

	test('a query the reader’s own edition answers well shows no such link', async () => {
		const page = await open('en/');
		await headerSearch(page, 'Kallavan');
		expect(await page.isHidden('.search-popup .search-other-edition')).toBe(true);
		await page.close();
	});
});
