import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Axe from 'axe-core';
import { expect, test } from 'vitest';

import { useBrowserAndSite } from '../../helpers/browser-session.ts';
import { siteDir } from '../../helpers/site.ts';

declare global {
	/** axe-core, once its script has run in the page. */
	interface Window {
		axe?: typeof Axe;
	}
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of every kind. */
const KINDS = [
	'people/',
	'people/tokayev/',
	'people/berdimuhamedov/',
	'summits/',
	'summits/central-asia-eu-2022-astana/',
	'meetings/tokayev-japarov-2022/',
	'meetings/tokayev-von-der-leyen-2022/',
	'countries/kz/',
	'cities/astana/',
	'organisations/cica/',
	'topics/climate-change/',
	'sources/kazakhstan-diplomacy-2022/',
	'sources/kazakhstan-diplomacy-2022/review/',
	'timeline/',
	'attendance/',
	'graph/',
	'packs/cica-2022-astana/',
	'',
];

const session = useBrowserAndSite(siteDir);

const cases = ['', ...['en', 'ar'].flatMap((locale) => KINDS.map((kind) => `${locale}/${kind}`))];

test.each(['light', 'dark'] as const)(
	'no axe violations on any kind of page, in both languages, %s scheme',
	async (colorScheme) => {
		const page = await session.browser.newPage({ colorScheme });
		const violations: string[] = [];
		for (const path of cases) {
			await page.goto(session.site.url + path);
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
		await page.close();
	},
);
