import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../../helpers/browser-session.ts';
import { siteDir } from '../../helpers/site.ts';

const session = useBrowserAndSite(siteDir);

async function open(path: string, options: { width?: number } = {}): Promise<Page> {
	const page = await session.browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
	await page.goto(session.site.url + path);
	return page;
}

test('the language switch opens the same page in the other language, and back', async () => {
	const page = await open('en/people/kallavan/');
	await page.click('a.language-switch');
	await page.waitForURL('**/ar/people/kallavan/');
	expect(await page.getAttribute('html', 'lang')).toBe('ar');
	expect(await page.getAttribute('html', 'dir')).toBe('rtl');
	expect(await page.textContent('h1')).toBe('تيودور كالافان');
	await page.click('a.language-switch');
	await page.waitForURL('**/en/people/kallavan/');
	expect(await page.textContent('h1')).toBe('Teodor Kallavan');
	await page.close();
});

test('Arabic pages mirror the layout: sidebar on the right, "On this page" on the left', async () => {
	const measure = async (path: string) => {
		const page = await open(path);
		const result = await page.evaluate(() => {
			const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
			const bottom = getComputedStyle(document.querySelector('.bottom-line')!);
			return {
				sidebar: box('.sidebar').x,
				content: box('.page-content').x,
				toc: box('.toc').x,
				bottomLineBorderLeft: bottom.borderLeftWidth,
				bottomLineBorderRight: bottom.borderRightWidth,
			};
		});
		await page.close();
		return result;
	};
	const en = await measure('en/summits/first-league-summit/');
	const ar = await measure('ar/summits/first-league-summit/');
	expect(en.sidebar).toBeLessThan(en.content);
	expect(en.content).toBeLessThan(en.toc);
	expect(ar.sidebar).toBeGreaterThan(ar.content);
	expect(ar.content).toBeGreaterThan(ar.toc);
	expect([en.bottomLineBorderLeft, en.bottomLineBorderRight]).toEqual(['4px', '0px']);
	expect([ar.bottomLineBorderLeft, ar.bottomLineBorderRight]).toEqual(['0px', '4px']);
});

test('the keyboard reaches a visible skip link first, and it moves focus to the content', async () => {
	const page = await open('ar/meetings/kallavan-hollis-2022/');
	await page.keyboard.press('Tab');
	const focused = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		return { text: el.textContent, visible: el.getBoundingClientRect().top >= 0, outline: style.outlineStyle };
	});
	expect(focused).toEqual({ text: 'انتقل إلى المحتوى', visible: true, outline: 'solid' });
	await page.keyboard.press('Enter');
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
	await page.close();
});

test('a briefing pack prints as a cover and one briefing per page, without navigation, links spelt out', async () => {
	const page = await open('ar/packs/first-league-summit/');
	await page.emulateMedia({ media: 'print' });
	const printed = await page.evaluate(() => ({
		header: getComputedStyle(document.querySelector('.site-header')!).display,
		items: [...document.querySelectorAll('.pack-item')].map((el) => getComputedStyle(el).breakBefore),
		references: getComputedStyle(document.querySelector('.print-references')!).display,
		direction: getComputedStyle(document.body).direction,
		contents: document.querySelectorAll('.pack-contents li').length,
	}));
	expect(printed.header).toBe('none');
	// Every briefing of the pack starts a new page: all of them, and there are several.
	expect(printed.items.length).toBe(printed.contents);
	expect(printed.items.length).toBeGreaterThan(3);
	expect(printed.items.every((b) => b === 'page')).toBe(true);
	expect(printed.references).toBe('block');
	expect(printed.direction).toBe('rtl');
	const pdf = await page.pdf({ format: 'A4' });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBeGreaterThan(printed.items.length);
	await page.close();
});

test('no page asks any other origin for anything', async () => {
	const page = await session.browser.newPage();
	const foreign: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(session.site.url.replace(/\/$/, ''))) foreign.push(request.url());
	});
	for (const path of [
		'',
		'en/',
		'ar/people/saidi/',
		'en/graph/',
		'ar/packs/first-league-summit/',
		'en/sources/northland-bulletin/',
	]) {
		await page.goto(session.site.url + path);
	}
	expect(foreign).toEqual([]);
	await page.close();
});
