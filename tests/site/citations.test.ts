import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { allPages, page } from '../helpers/site.ts';

test('the source page gives each paragraph a stable anchor, the original beside the translation', () => {
	const { document } = parseHTML(page('en/sources/harbour-herald/'));
	const paragraphs = [...document.querySelectorAll('section.paragraph')];
	expect(paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
	const p1 = document.getElementById('p1')!;
	expect(p1.querySelector('.original[lang="ar"]')?.textContent).toContain('عمر سائدي');
	expect(p1.querySelector('.translation[lang="en"]')?.textContent).toContain('Omar Saidi');
});

test('a source’s note about its copy is shown, and a source with none shows no empty note', () => {
	const noted = parseHTML(page('en/sources/northland-bulletin/')).document;
	expect(noted.querySelector('.about-copy')?.textContent).toContain('An invented article');
	const plain = parseHTML(page('en/sources/river-wire/')).document;
	expect(plain.querySelector('.about-copy')?.textContent?.trim() ?? '').not.toContain('undefined');
});

test('every citation link’s accessible name begins with its visible text, with one source or several (WCAG 2.5.3)', async () => {
	let checked = 0;
	const numbered = new Set<string>();
	for (const file of (await allPages()).filter((f) => /^(en|ar)\//.test(f))) {
		const { document } = parseHTML(page(file.replace(/index\.html$/, '')));
		for (const link of document.querySelectorAll('sup.cite a')) {
			const visible = link.textContent!.trim();
			if (visible.startsWith('S')) numbered.add(file);
			expect(link.getAttribute('aria-label'), `${file}: ${visible}`).toMatch(
				new RegExp(`^${visible.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
			);
			checked++;
		}
	}
	expect(checked).toBeGreaterThan(100);
	// The fixture cites several sources on one page, where citations are numbered S1, S2…
	expect(numbered).toContain('en/meetings/ozdogan-vantar-2022/index.html');
});

test('a key fact with citations of its own shows them beside it, and the review page lists it under its paragraph', () => {
	const { document } = parseHTML(page('en/people/kallavan/'));
	const office = [...document.querySelectorAll('.infobox dt')].find((dt) => dt.textContent === 'Office')!;
	const value = office.nextElementSibling!;
	expect(value.textContent).toContain('President of Northland');
	expect([...value.querySelectorAll('sup.cite a')].map((a) => a.getAttribute('href'))).toEqual([
		'/en/sources/northland-bulletin/#p1',
	]);
	const review = parseHTML(page('en/sources/northland-bulletin/review/')).document;
	const p1 = [...review.getElementById('p1')!.querySelectorAll('tr[data-statement]')].map((tr) => tr.textContent);
	expect(p1.some((row) => row?.includes('Office') && row.includes('President of Northland'))).toBe(true);
});
