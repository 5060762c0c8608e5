import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { allPages, page } from '../helpers/site.ts';

test('every citation links to a source paragraph that exists, in both languages', async () => {
	const anchors = new Map<string, Set<string>>();
	const idsOn = (path: string) => {
		if (!anchors.has(path)) {
			const { document } = parseHTML(page(path));
			anchors.set(path, new Set([...document.querySelectorAll('[id]')].map((e) => e.id)));
		}
		return anchors.get(path)!;
	};
	let checked = 0;
	for (const file of (await allPages()).filter((f) => f.endsWith('/index.html'))) {
		const { document } = parseHTML(page(file.replace(/index\.html$/, '')));
		for (const link of document.querySelectorAll('sup.cite a')) {
			const href = link.getAttribute('href')!;
			const match = /^\/(en|ar)\/sources\/([a-z0-9-]+)\/#(p\d+)$/.exec(href);
			expect(match, `${file}: ${href}`).not.toBeNull();
			const [, locale, source, anchor] = match!;
			expect(locale, `${file}: ${href} leaves the page's language`).toBe(file.slice(0, 2));
			expect(idsOn(`${locale}/sources/${source}/`).has(anchor!), `${file}: ${href}`).toBe(true);
			checked++;
		}
	}
	expect(checked).toBeGreaterThan(200);
});

test('the source page gives each paragraph a stable anchor, the original beside the translation', () => {
	const { document } = parseHTML(page('en/sources/kazakhstan-diplomacy-2022/'));
	const paragraphs = [...document.querySelectorAll('section.paragraph')];
	expect(paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
	const p3 = document.getElementById('p3')!;
	expect(p3.querySelector('.original[lang="ar"]')?.textContent).toContain('نور سلطان نزارباييف');
	expect(p3.querySelector('.translation[lang="en"]')?.textContent).toContain('Nursultan Nazarbayev');
	expect(document.querySelector('.about-copy')?.textContent).toContain('does not name its publisher');
});
