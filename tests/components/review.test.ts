/**
 * The review page of a source lists under each paragraph every statement of
 * the site that cites it, and flags the paragraphs nothing cites. The
 * expected counts are read from the fixture's files with plain patterns,
 * apart from the code that builds the page: each `<Cite p>` in a body is one
 * statement, and each `cites:` list in data is one fact, stated in both
 * languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEntry } from 'astro:content';
import { expect, test } from 'vitest';
import ReviewPage from '../../src/pages/[lang]/sources/[id]/review.astro';
import { FIXTURE_COLLECTION } from './fixture-collection.ts';
import { render } from './render.ts';

/** How many statements cite each paragraph, counted from the files. */
function citationsInFiles(): Map<number, number> {
	const counts = new Map<number, number>();
	const add = (list: string, times: number) => {
		for (const n of list
			.split(/[\s,]+/)
			.filter(Boolean)
			.map(Number))
			counts.set(n, (counts.get(n) ?? 0) + times);
	};
	const files = readdirSync(FIXTURE_COLLECTION, { recursive: true }) as string[];
	for (const file of files.filter((f) => /\.(mdx|yaml)$/.test(f) && !f.startsWith('sources'))) {
		const text = readFileSync(join(FIXTURE_COLLECTION, file), 'utf8');
		for (const [, list] of text.matchAll(/<Cite p="([^"]+)"/g)) add(list!, 1);
		for (const [, list] of text.matchAll(/\bcites: \[([^\]]*)\]/g)) add(list!, 2);
	}
	return counts;
}

for (const lang of ['en', 'ar'] as const) {
	test(`in ${lang}, each paragraph lists as many statements as cite it, and an uncited one is flagged`, async () => {
		const entry = await getEntry('sources', 'demo-source');
		const document = await render(ReviewPage, lang, { entry });
		const expected = citationsInFiles();
		const sections = [...document.querySelectorAll('.review-paragraph')];
		expect(sections.map((s) => s.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
		for (const [i, section] of sections.entries()) {
			const rows = section.querySelectorAll('tr[data-statement]').length;
			expect(rows, `¶${i + 1}`).toBe(expected.get(i + 1) ?? 0);
			expect(section.classList.contains('uncited'), `¶${i + 1}`).toBe(rows === 0);
		}
		expect(expected.get(4)).toBeUndefined();
		expect(sections[3]!.querySelector('.flag')).not.toBeNull();
	});
}
