/**
 * The three ways a statement is known, as a reader sees them: a citation
 * links to its paragraph; an inferred or background mark is a labelled,
 * focusable badge whose reason is its description; and the legend on every
 * briefing explains all three, in both languages.
 */
import { describe, expect, test } from 'vitest';
import Cite from '../../src/components/provenance/Cite.astro';
import Legend from '../../src/components/provenance/Legend.astro';
import Mark from '../../src/components/provenance/Mark.astro';
import { render } from './render.ts';

describe.each([
	['en', 'inferred', 'Inferred:', 'background', 'Background:'],
	['ar', 'استنتاج', 'استنتاج:', 'خلفية', 'خلفية:'],
] as const)('in %s', (lang, inferred, inferredNote, background, backgroundNote) => {
	test('an inferred mark says so in words, is focusable, and carries its reason as its description', async () => {
		const document = await render(Mark, lang, { kind: 'inferred', reason: 'No year is given.', id: 'x-1' });
		const mark = document.querySelector('button.mark')!;
		expect(mark.getAttribute('type')).toBe('button');
		expect(mark.getAttribute('data-kind')).toBe('inferred');
		expect(mark.textContent).toBe(inferred);
		const tip = document.getElementById(mark.getAttribute('aria-describedby')!)!;
		expect(tip.getAttribute('role')).toBe('tooltip');
		expect(tip.textContent).toBe(`${inferredNote} No year is given.`);
	});

	test('a reason is shown as text, never as markup', async () => {
		const document = await render(Mark, lang, { kind: 'inferred', reason: 'x <img src=y> & z', id: 'x-3' });
		expect(document.querySelector('img')).toBeNull();
		expect(document.getElementById('tip-x-3')?.textContent).toBe(`${inferredNote} x <img src=y> & z`);
	});

	test('a background mark is told apart by its word, not only its look', async () => {
		const document = await render(Mark, lang, { kind: 'background', reason: 'A yearbook.', id: 'x-2' });
		const mark = document.querySelector('button.mark')!;
		expect(mark.getAttribute('data-kind')).toBe('background');
		expect(mark.textContent).toBe(background);
		expect(document.getElementById('tip-x-2')?.textContent).toBe(`${backgroundNote} A yearbook.`);
	});

	test('the legend shows the three kinds, drawn as they appear in the text', async () => {
		const document = await render(Legend, lang);
		const legend = document.querySelector('.legend')!;
		expect(legend.querySelector('.cite')?.textContent).toBe('[¶4]');
		expect(legend.querySelector('.mark[data-kind="inferred"]')?.textContent).toBe(inferred);
		expect(legend.querySelector('.mark[data-kind="background"]')?.textContent).toBe(background);
		expect(legend.querySelectorAll('.legend-item')).toHaveLength(3);
		// The legend's marks are examples, not controls: nothing in it can be focused.
		expect(legend.querySelectorAll('button, a')).toHaveLength(0);
	});

	test('a citation links each paragraph to its anchor on the source page, in the reader’s language', async () => {
		const document = await render(Cite, lang, { cites: [2, 3], source: 'demo-source' });
		const links = [...document.querySelectorAll('sup.cite a')];
		expect(links.map((a) => a.textContent)).toEqual(['¶2', '¶3']);
		expect(links.map((a) => a.getAttribute('href'))).toEqual([
			`/${lang}/sources/demo-source/#p2`,
			`/${lang}/sources/demo-source/#p3`,
		]);
	});
});
