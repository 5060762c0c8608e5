/**
 * Every briefing of the site fixture reads the same way: the bottom line
 * first, then the key facts, and a why-it-matters section. (That every entry
 * has its pages at all is a content gate, run on the fixture in gates.test.ts.)
 */
import { parseHTML } from 'linkedom';
import { beforeAll, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import type { CheckedEntry } from '../../src/checker/checked-entry.ts';
import { LOCALES, page, SITE_FIXTURE } from '../helpers/site.ts';

let briefings: CheckedEntry[] = [];
beforeAll(async () => {
	briefings = (await checkContent(SITE_FIXTURE)).entries.filter((e) => e.parsed !== undefined);
});

test('every briefing opens with the bottom line, then its key facts, and has a why-it-matters section', () => {
	expect(briefings.length).toBeGreaterThan(10);
	for (const path of LOCALES.flatMap((l) => briefings.map((b) => `${l}/${b.collection}/${b.id}/`))) {
		const { document } = parseHTML(page(path));
		const article = document.querySelector('article.briefing')!;
		const body = article.querySelector('.briefing-body')!;
		const lead = body.firstElementChild!;
		expect(lead.className, path).toBe('bottom-line');
		expect(lead.textContent?.trim().length, path).toBeGreaterThan(10);
		expect(lead.nextElementSibling?.matches('.infobox'), path).toBe(true);
		expect(article.querySelector('.infobox dl'), path).not.toBeNull();
		expect(article.querySelector('.why-it-matters'), path).not.toBeNull();
	}
});

test('a briefing page draws the body of its own language only', () => {
	for (const briefing of briefings) {
		const text = (locale: string) => {
			const body = parseHTML(page(`${locale}/${briefing.collection}/${briefing.id}/`)).document.querySelector(
				'.briefing-body',
			)!;
			for (const part of body.querySelectorAll('.infobox, .disputes')) part.remove();
			return body.textContent ?? '';
		};
		expect(text('en'), briefing.id).not.toMatch(/\p{Script=Arabic}/u);
		expect(text('ar'), briefing.id).toMatch(/\p{Script=Arabic}/u);
	}
});
