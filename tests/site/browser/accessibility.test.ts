import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Axe from 'axe-core';
import { expect, test } from 'vitest';

import { useBrowserAndSite } from '../../helpers/browser-session.ts';
import { PAGE_KINDS, siteDir } from '../../helpers/site.ts';

declare global {
	/** axe-core, once its script has run in the page. */
	interface Window {
		axe?: typeof Axe;
	}
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = useBrowserAndSite(siteDir);

/** Every kind of page in both languages, the root and "not found" pages, and the search page with results showing. */
const cases = [
	'',
	'404.html',
	...['en', 'ar'].flatMap((locale) => PAGE_KINDS.map((kind) => `${locale}/${kind}`)),
	'en/search/?q=Tokayev',
	'ar/search/?q=%D8%A3%D8%B3%D8%AA%D8%A7%D9%86%D8%A7',
];

/** The two ways a page can be dark or light: the system's scheme, and the reader's choice in the theme switch. */
const themes = [
	['light', 'system'],
	['dark', 'system'],
	['light', 'dark'],
	['dark', 'light'],
] as const;

test.each(themes)(
	'no axe violations on any kind of page, in both languages, %s system scheme, %s theme chosen',
	async (colorScheme, chosen) => {
		const context = await session.browser.newContext({ colorScheme });
		if (chosen !== 'system') await context.addInitScript((theme) => localStorage.setItem('theme', theme), chosen);
		const page = await context.newPage();
		const violations: string[] = [];
		for (const path of cases) {
			await page.goto(session.site.url + path);
			if (path.includes('search/?q=')) await page.waitForSelector('.search-page .search-result');
			await page.evaluate(axeSource);
			const result = await page.evaluate(() =>
				window.axe!.run({
					runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
				}),
			);
			for (const v of result.violations)
				violations.push(`/${path}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		}
		expect(violations).toEqual([]);
		await context.close();
	},
);
