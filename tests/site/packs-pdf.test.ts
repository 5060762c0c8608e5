/**
 * Briefing packs as PDF (`npm run build -- --pdf`), read back with pdf.js:
 * the site built under a sub-path prints each pack in each language, with
 * a cover, contents whose page numbers are where each briefing starts,
 * running heads, "page X of Y" and the handling mark on every page.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { linkTargets, openPdf, pageLines, type Pdf } from '../../scripts/lib/pdf.ts';
import { SITE_FIXTURE } from '../../scripts/lib/fixtures.ts';
import { SUBPATH } from './build-site.ts';

const site = () => inject('subpathSiteDir');
const { handlingMark } = parse(readFileSync(join(SITE_FIXTURE, 'site.yaml'), 'utf8')) as {
	handlingMark: { en: string; ar: string };
};
const PAGE_OF = {
	en: (n: number, of: number) => `Page ${n} of ${of}`,
	ar: (n: number, of: number) => `الصفحة ${n} من ${of}`,
};

const cases = (['en', 'ar'] as const).flatMap((locale) =>
	['first-league-summit', 'harbour-forum-2022'].map((pack) => [locale, pack] as const),
);

describe.each(cases)('the %s PDF of the pack %s', (locale, pack) => {
	const folder = () => join(site(), locale, 'packs', pack);
	const file = `briefing-pack-${pack}-${locale}.pdf`;
	let pdf: Pdf;
	let pages: string[][];
	let document: Document;

	beforeAll(async () => {
		pdf = await openPdf(readFileSync(join(folder(), file)));
		pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageLines(pdf, i + 1)));
		document = parseHTML(readFileSync(join(folder(), 'index.html'), 'utf8')).document;
	});

	test('is linked from the pack page and weighs at most 1 MB', () => {
		const link = document.querySelector('.pack-pdf a')!;
		expect(link.getAttribute('href')).toBe(`${SUBPATH}${locale}/packs/${pack}/${file}`);
		expect(link.getAttribute('download')).toBe(file);
		expect(statSync(join(folder(), file)).size).toBeLessThanOrEqual(1024 * 1024);
	});

	test('has a cover, the contents, and a page or more for each briefing of the pack', () => {
		const briefings = document.querySelectorAll('.pack-item').length;
		expect(briefings).toBeGreaterThan(3);
		expect(pdf.numPages).toBeGreaterThanOrEqual(briefings + 2);
		const title = document.querySelector('.pack-cover h1')!.textContent!.trim();
		expect(pages[0]!.join(' ')).toContain(title);
	});

	test('every page carries the running heads, the handling mark at top and bottom, and "page X of Y"', () => {
		const title = document.querySelector('title')!.textContent!.split(' | ')[0]!;
		// The dates' words and numbers: a right-to-left page reads "12–13" from the right, which pdf.js gives as "13–12".
		const dates = document
			.querySelector('.pack-dates time')!
			.textContent!.split(/[\s–-]+/u)
			.filter(Boolean);
		const problems: string[] = [];
		pages.forEach((lines, i) => {
			const [mark, heads, bottom] = [lines[0] ?? '', lines[1] ?? '', lines.at(-1) ?? ''];
			for (const [what, line, text] of [
				['mark at the top', mark, handlingMark[locale]],
				['title', heads, title],
				...dates.map((part) => ['dates', heads, part] as const),
				['mark at the bottom', bottom, handlingMark[locale]],
				['page number', bottom, PAGE_OF[locale](i + 1, pdf.numPages)],
			] as const)
				if (!line.includes(text)) problems.push(`page ${i + 1}: no ${what} in "${line}"`);
		});
		expect(problems).toEqual([]);
	});

	test('the contents give the page each briefing starts on', async () => {
		const targets = await linkTargets(pdf);
		const entries = [...document.querySelectorAll('.pack-contents a')].map((a) => ({
			id: a.getAttribute('href')!.slice(1),
			name: a.textContent!.trim(),
		}));
		expect([...targets.keys()].sort()).toEqual(entries.map((e) => e.id).sort());
		const contents = pages[1]!.join(' ');
		for (const { id, name } of entries) {
			const page = targets.get(id)!;
			// The briefing's own heading is on that page (a long one over two lines), and the contents give that number.
			expect(pages[page - 1]!.join(' '), `${name} starts on page ${page}`).toContain(name);
			expect(contents).toContain(`${name} ${page}`);
		}
	});
});
