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

/** Every kind of page in a language, the search page with results showing, and the root and "not found" pages. */
const casesIn = (locale: string) => [
	...PAGE_KINDS.map((kind) => `${locale}/${kind}`),
	`${locale}/search/?q=${encodeURIComponent(locale === 'ar' ? 'كالافان' : 'Kallavan')}`,
	...(locale === 'en' ? ['', '404.html'] : []),
];

/** Every rule of the WCAG 2.2 AA levels and axe's best practices. */
const EVERY_RULE: Axe.RunOnly = {
	type: 'tag',
	values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
};
/** The rules a palette can break. */
const COLOUR_RULES: Axe.RunOnly = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

/**
 * Both palettes, light and dark, on every kind of page in both languages: each
 * page is loaded once and checked in full in the light scheme, then in the
 * dark one (the page follows the system's scheme as it changes) by the rules
 * a palette can break, the colour ones: nothing else differs. The reader's choice in
 * the theme switch selects one of the same two palettes (navigation.test.ts
 * proves which, colour by colour), so it is not run again here.
 */
test.each(['en', 'ar'])(
	'no axe violations on any kind of page, light and dark, in %s',
	async (locale) => {
		const context = await session.browser.newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		const violations: string[] = [];
		for (const path of casesIn(locale)) {
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(session.site.url + path);
			if (path.includes('search/?q=')) await page.waitForSelector('.search-page .search-result');
			await page.evaluate(axeSource);
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.waitForFunction((s) => document.documentElement.dataset['theme'] === s, scheme);
				const result = await page.evaluate(
					(rules) =>
						window.axe!.run({
							runOnly: rules,
							// Only violations are written up: axe skips describing every node that passes.
							resultTypes: ['violations'],
						}),
					scheme === 'light' ? EVERY_RULE : COLOUR_RULES,
				);
				for (const v of result.violations)
					violations.push(`/${path} (${scheme}): ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			}
		}
		expect(violations).toEqual([]);
		await context.close();
	},
	120_000,
);
