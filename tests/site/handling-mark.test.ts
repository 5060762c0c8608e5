/**
 * The handling mark of `briefings/site.yaml`: on screen at the top and the
 * bottom of every page, in the page's language, and in the margins of every
 * printed page through the print stylesheet each page links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { allPages, SITE_FIXTURE, siteDir } from '../helpers/site.ts';

const { handlingMark } = parse(readFileSync(join(SITE_FIXTURE, 'site.yaml'), 'utf8')) as {
	handlingMark: { en: string; ar: string };
};

describe('the handling mark', () => {
	test('is set for the fixture, in both languages', () => {
		expect(handlingMark.en).toBeTruthy();
		expect(handlingMark.ar).toBeTruthy();
	});

	test('every page shows it first and last, in its language, inside the header and footer landmarks', async () => {
		const problems: string[] = [];
		for (const file of await allPages()) {
			const { document } = parseHTML(readFileSync(join(siteDir(), file), 'utf8'));
			const marks = [...document.querySelectorAll('.handling-mark')];
			const language = file.split('/')[0] === 'ar' ? 'ar' : 'en';
			const expected = file.includes('/') ? handlingMark[language] : `${handlingMark.en} · ${handlingMark.ar}`;
			if (marks.length !== 2) problems.push(`${file}: ${marks.length} marks`);
			else if (marks.some((m) => m.textContent!.trim() !== expected))
				problems.push(`${file}: ${marks[0]!.textContent}`);
			else if (!marks[0]!.closest('header') || !marks[1]!.closest('footer')) problems.push(`${file}: not in landmarks`);
			// First and last: nothing of the page comes before the top one or after the bottom one.
			const body = document.body.textContent!.replace(/\s+/g, ' ').trim();
			if (marks.length === 2 && !body.endsWith(expected)) problems.push(`${file}: the mark is not last`);
		}
		expect(problems).toEqual([]);
	});

	test.each(['en', 'ar'] as const)('printed pages in %s carry it at the top and the bottom', (locale) => {
		const css = readFileSync(join(siteDir(), locale, 'print.css'), 'utf8');
		for (const box of ['top-center', 'bottom-center'])
			expect(css).toMatch(new RegExp(`@${box} \\{\\s*content: "${handlingMark[locale]}"`));
		const { document } = parseHTML(readFileSync(join(siteDir(), locale, 'people/kallavan/index.html'), 'utf8'));
		expect(document.querySelector('link[rel="stylesheet"][media="print"]')?.getAttribute('href')).toBe(
			`/${locale}/print.css`,
		);
	});
});

describe('a site marked for internal use keeps search engines and archives away', () => {
	test('every page asks not to be indexed, and robots.txt turns every robot away', async () => {
		const missing: string[] = [];
		for (const file of await allPages()) {
			const { document } = parseHTML(readFileSync(join(siteDir(), file), 'utf8'));
			if (document.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex, nofollow')
				missing.push(file);
		}
		expect(missing).toEqual([]);
		expect(readFileSync(join(siteDir(), 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nDisallow: \/$/m);
	});
});
