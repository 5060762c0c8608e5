import { getEntry } from 'astro:content';
import { expect, test } from 'vitest';
import Infobox from '../../src/components/Infobox.astro';
import { render, visibleText } from './render.ts';

/** The key facts as a reader sees them: label → value. */
function facts(document: Document): Record<string, string> {
	return Object.fromEntries(
		[...document.querySelectorAll('dt')].map((dt) => [dt.textContent, visibleText(dt.nextElementSibling!)]),
	);
}

test('a summit’s key facts: dates, place, organiser and participants with their roles, each cited', async () => {
	const entry = await getEntry('summits', 'first-summit');
	const document = await render(Infobox, 'en', { entry, sources: ['demo-source'] });
	const shown = facts(document);
	expect(shown['Dates']).toMatch(/^27\s?–\s?28 October 2022$/);
	expect(shown['Place']).toBe('Capital, Northland');
	expect(shown['Organised by']).toBe('League');
	const represented = document.querySelector('li[data-role="represented"]')!;
	expect(visibleText(represented)).toBe('Beta (Represented by Gamma)[¶2]');
	expect([...represented.querySelectorAll('a.entity-link')].map((a) => a.getAttribute('href'))).toEqual([
		'/en/people/beta/',
		'/en/people/gamma/',
	]);
	expect(represented.querySelector('sup.cite a')?.getAttribute('href')).toBe('/en/sources/demo-source/#p2');
});

test('outcomes keep what was agreed jointly apart from what one leader said', async () => {
	const entry = await getEntry('summits', 'first-summit');
	const document = await render(Infobox, 'en', { entry, sources: ['demo-source'] });
	const outcomes = [...document.querySelectorAll('.outcomes li')].map((li) => [
		li.getAttribute('data-kind'),
		visibleText(li),
	]);
	expect(outcomes).toEqual([
		['agreed', 'Agreed jointly: Meet again.[¶3]'],
		['stated', 'Stated by Alpha: Trade matters.[¶2]'],
	]);
});

test('a fact the author inferred carries the inferred mark and its reason, in Arabic', async () => {
	const entry = await getEntry('meetings', 'alpha-beta');
	const document = await render(Infobox, 'ar', { entry, sources: ['demo-source'] });
	const shown = facts(document);
	expect(shown['الشكل']).toBe('حضوري');
	expect(shown['عُقد على هامش']).toBe('القمة الأولى استنتاج');
	const mark = document.querySelector('dd button.mark[data-kind="inferred"]')!;
	const tip = document.getElementById(mark.getAttribute('aria-describedby')!);
	expect(tip?.textContent).toBe('استنتاج: لا يقول التقرير إن الاثنين التقيا في القمة.');
	expect(document.querySelector('a[href="/ar/summits/first-summit/"]')).not.toBeNull();
});

test('a person’s office taken from outside the sources is marked background, saying where from', async () => {
	const entry = await getEntry('people', 'alpha');
	const document = await render(Infobox, 'en', { entry, sources: ['demo-source'] });
	expect(facts(document)['Office']).toBe('President of Northland background');
	expect(document.querySelector('.mark-tip')?.textContent).toBe(
		"Background: An invented register of Northland's offices.",
	);
});
