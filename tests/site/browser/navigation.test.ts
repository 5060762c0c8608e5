/**
 * Finding one's way as in a documentation site, in a real browser: the
 * sidebar, breadcrumbs, "On this page", previous and next, structured data,
 * the header on wide screens and on phones, and the theme switch.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../../helpers/browser-session.ts';
import { PAGE_KINDS, siteDir } from '../../helpers/site.ts';

const session = useBrowserAndSite(siteDir);

async function open(path: string, width = 1280, height = 900, javaScriptEnabled = true): Promise<Page> {
	const context = await session.browser.newContext({ viewport: { width, height }, javaScriptEnabled });
	const page = await context.newPage();
	await page.goto(session.site.url + path);
	return page;
}
const close = (page: Page) => page.context().close();

describe('the sidebar', () => {
	test('lists every section and view, with the current section open at the current page', async () => {
		const page = await open('en/people/kallavan/');
		const sections = await page.$$eval('.sidebar-sections > li > a', (links) =>
			links.map((a) => a.firstChild?.textContent),
		);
		expect(sections).toEqual([
			'People',
			'Summits',
			'Bilateral meetings',
			'Countries',
			'Cities',
			'Organisations',
			'Topics',
			'Sources',
		]);
		const views = await page.$$eval('.sidebar-views a', (links) => links.map((a) => a.textContent));
		expect(views).toEqual([
			'Timeline',
			'Attendance',
			'Who met whom',
			'Map',
			'What’s new',
			'Open questions',
			'Data downloads',
			'Search',
		]);
		// People are grouped by country: only the current group lists its pages, the current one marked.
		expect(await page.$$eval('.sidebar-pages', (lists) => lists.length)).toBe(1);
		expect(await page.textContent('.sidebar-groups > li.current > a')).toBe('Northland');
		expect(await page.textContent('.sidebar [aria-current="page"]')).toBe('Teodor Kallavan');
		await close(page);
	});

	test('marks the current view, and opens no section on a view', async () => {
		const page = await open('ar/timeline/');
		expect(await page.textContent('.sidebar [aria-current="page"]')).toBe('التسلسل الزمني');
		expect(await page.$$eval('.sidebar-groups', (lists) => lists.length)).toBe(0);
		await close(page);
	});
});

describe('breadcrumbs, previous and next, structured data', () => {
	test('Home › People › Northland › Kallavan, in both languages', async () => {
		for (const [lang, expected] of [
			['en', ['Home', 'People', 'Northland', 'Teodor Kallavan']],
			['ar', ['الرئيسية', 'الشخصيات', 'أرض الشمال', 'تيودور كالافان']],
		] as const) {
			const page = await open(`${lang}/people/kallavan/`);
			expect(await page.$$eval('.breadcrumbs li', (items) => items.map((li) => li.textContent?.trim()))).toEqual(
				expected,
			);
			expect(await page.getAttribute('.breadcrumbs li:last-child', 'aria-current')).toBe('page');
			expect(await page.getAttribute('.breadcrumbs li:nth-child(3) a', 'href')).toBe(`/${lang}/countries/fi/`);
			await close(page);
		}
	});

	test('previous and next follow the collection: events by date', async () => {
		const page = await open('en/summits/first-league-summit/');
		expect(await page.$('.prev-next .prev')).toBeNull();
		expect(await page.getAttribute('.prev-next .next', 'href')).toBe('/en/summits/harbour-forum-2022/');
		await page.click('.prev-next .next');
		await page.waitForURL('**/en/summits/harbour-forum-2022/');
		expect(await page.getAttribute('.prev-next .prev', 'href')).toBe('/en/summits/first-league-summit/');
		await close(page);
	});

	test('JSON-LD describes the trail and the entity, leaving out what is inferred', async () => {
		const page = await open('en/meetings/kallavan-saidi-2022/');
		const data = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!) as {
			'@graph': Record<string, unknown>[];
		};
		const [trail, event] = data['@graph'];
		expect(trail?.['@type']).toBe('BreadcrumbList');
		expect((trail?.['itemListElement'] as { name: string }[]).map((i) => i.name)).toEqual([
			'Home',
			'Bilateral meetings',
			'2022',
			'Kallavan–Saidi meeting',
		]);
		expect(event?.['@type']).toBe('Event');
		expect(event?.['name']).toBe('Kallavan–Saidi meeting');
		// The meeting's date and place are the author's inference: structured data has no room for the reason.
		expect(event?.['startDate']).toBeUndefined();
		expect(event?.['location']).toBeUndefined();
		const person = await open('en/people/kallavan/');
		const personData = JSON.parse((await person.textContent('script[type="application/ld+json"]'))!) as {
			'@graph': Record<string, unknown>[];
		};
		expect(personData['@graph'][1]).toMatchObject({
			'@type': 'Person',
			name: 'Teodor Kallavan',
			jobTitle: 'President of Northland',
		});
		await Promise.all([close(page), close(person)]);
	});
});

describe('On this page', () => {
	test('beside the text on a wide screen, mirrored in Arabic', async () => {
		for (const lang of ['en', 'ar']) {
			const page = await open(`${lang}/people/kallavan/`);
			const layout = await page.evaluate(() => {
				const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
				const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')].map((a) => a.getAttribute('href'));
				return { toc: box('.toc'), text: box('.page-content'), links, visible: box('.toc ol').height > 0 };
			});
			expect(layout.visible).toBe(true);
			if (lang === 'en') expect(layout.toc.left).toBeGreaterThanOrEqual(layout.text.right);
			else expect(layout.toc.right).toBeLessThanOrEqual(layout.text.left);
			expect(layout.links.slice(0, 2)).toEqual(['#bottom-line-kallavan', '#key-facts-kallavan']);
			await close(page);
		}
	});

	test('folded above the text on a phone, and opens', async () => {
		const page = await open('en/people/kallavan/', 390, 844);
		expect(await page.isVisible('.toc ol')).toBe(false);
		const toc = await page.evaluate(() => document.querySelector('.toc')!.getBoundingClientRect().bottom);
		const text = await page.evaluate(() => document.querySelector('.page-content')!.getBoundingClientRect().top);
		expect(toc).toBeLessThanOrEqual(text);
		await page.click('.toc summary');
		expect(await page.isVisible('.toc ol')).toBe(true);
		await close(page);
	});

	test('only on pages of three sections or more', async () => {
		const page = await open('en/search/');
		expect(await page.$('.toc')).toBeNull();
		await close(page);
	});
});

describe('the header and phones', () => {
	test.each([1024, 1280])('at %i px the header is one row', async (width) => {
		const page = await open('ar/people/kallavan/', width);
		const tops = await page.$$eval('.site-header > :not([hidden])', (items) =>
			items.filter((i) => i.getBoundingClientRect().height > 0).map((i) => Math.round(i.getBoundingClientRect().top)),
		);
		const height = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
		expect(height).toBeLessThan(64);
		expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(16);
		await close(page);
	});

	test.each(['en', 'ar'])(
		'at 390 × 844 (%s), no page scrolls sideways and the header is at most 100 px tall',
		async (lang) => {
			const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
			const page = await context.newPage();
			const problems: string[] = [];
			for (const kind of PAGE_KINDS) {
				await page.goto(`${session.site.url}${lang}/${kind}`);
				const { scroll, width, header } = await page.evaluate(() => ({
					scroll: document.documentElement.scrollWidth,
					width: document.documentElement.clientWidth,
					header: document.querySelector('.site-header')!.getBoundingClientRect().height,
				}));
				if (scroll > width) problems.push(`${lang}/${kind}: ${scroll} px wide in ${width}`);
				if (header > 100) problems.push(`${lang}/${kind}: header ${header} px tall`);
			}
			expect(problems).toEqual([]);
			await context.close();
		},
	);

	test('the menu button opens the sidebar without JavaScript', async () => {
		const page = await open('en/people/kallavan/', 390, 844, false);
		expect(await page.isVisible('.sidebar')).toBe(false);
		await page.click('.menu summary');
		expect(await page.isVisible('.sidebar')).toBe(true);
		expect(await page.textContent('.sidebar [aria-current="page"]')).toBe('Teodor Kallavan');
		await close(page);
	});
});

describe('the theme switch', () => {
	test('remembers the choice, and a new page is drawn in it from the start', async () => {
		const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto(`${session.site.url}en/people/kallavan/`);
		await page.waitForSelector('#theme-switch:not([hidden])');
		expect(await page.inputValue('#theme-switch')).toBe('system');
		await page.selectOption('#theme-switch', 'dark');
		const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(await background()).toBe('rgb(20, 23, 28)');
		// The next page is drawn dark from the start: the choice is applied by a blocking script in
		// <head>, which runs before the stylesheet loads and before any of the body is parsed.
		await page.goto(`${session.site.url}en/people/saidi/`);
		const head = await page.evaluate(() =>
			[...document.head.children].map((el) => ({
				tag: el.tagName,
				src: el.getAttribute('src') ?? '',
				rel: el.getAttribute('rel') ?? '',
				async: el.hasAttribute('async') || el.hasAttribute('defer') || el.getAttribute('type') === 'module',
			})),
		);
		const init = head.findIndex((el) => el.src.includes('theme-init'));
		const stylesheet = head.findIndex((el) => el.rel === 'stylesheet');
		expect(init).toBeGreaterThanOrEqual(0);
		expect(head[init]!.async).toBe(false);
		expect(init).toBeLessThan(stylesheet);
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		expect(await background()).toBe('rgb(20, 23, 28)');
		expect(await page.inputValue('#theme-switch')).toBe('dark');
		await page.selectOption('#theme-switch', 'system');
		expect(await background()).toBe('rgb(255, 255, 255)');
		expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
		await context.close();
	});

	test.each([
		['dark', 'system', 'rgb(20, 23, 28)'],
		['dark', 'light', 'rgb(255, 255, 255)'],
		['light', 'system', 'rgb(255, 255, 255)'],
	])('with the system %s and %s chosen, the page is drawn %s', async (colorScheme, chosen, expected) => {
		const context = await session.browser.newContext({ colorScheme: colorScheme as 'dark' | 'light' });
		if (chosen !== 'system') await context.addInitScript((theme) => localStorage.setItem('theme', theme), chosen);
		const page = await context.newPage();
		await page.goto(`${session.site.url}ar/summits/first-league-summit/`);
		const colours = await page.evaluate(() => {
			const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
			return { page: style('html').backgroundColor, text: style('h1').color };
		});
		expect(colours.page).toBe(expected);
		// The text is the other end of the palette from the page, so the two never match.
		expect(colours.text).toBe(expected === 'rgb(255, 255, 255)' ? 'rgb(27, 31, 36)' : 'rgb(232, 235, 239)');
		await context.close();
	});

	test('follows the system scheme as it changes, and pages are light without JavaScript', async () => {
		const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const page = await open('en/people/kallavan/');
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark');
		expect(await background(page)).toBe('rgb(20, 23, 28)');
		await page.emulateMedia({ colorScheme: 'light' });
		await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'light');
		expect(await background(page)).toBe('rgb(255, 255, 255)');
		// Printed, a dark page is white.
		await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
		await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark');
		expect(await background(page)).toBe('rgb(255, 255, 255)');
		await close(page);

		const noScript = await session.browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
		const plain = await noScript.newPage();
		await plain.goto(`${session.site.url}en/people/kallavan/`);
		expect(await background(plain)).toBe('rgb(255, 255, 255)');
		await noScript.close();
	});
});
