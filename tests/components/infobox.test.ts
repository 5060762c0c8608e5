import { getEntry } from 'astro:content';
import { expect, test } from 'vitest';
import Infobox from '../../src/components/Infobox.astro';
import { render } from './render.ts';

test('a summit’s key facts: dates, place, organiser and participants with their roles', async () => {
	const entry = await getEntry('summits', 'central-asia-eu-2022-astana');
	const document = await render(Infobox, 'en', { entry, locale: 'en' });
	const facts = Object.fromEntries(
		[...document.querySelectorAll('dt')].map((dt) => [
			dt.textContent,
			dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim(),
		]),
	);
	expect(facts['Dates']).toBe('27 October 2022');
	expect(facts['Place']).toBe('Astana, Kazakhstan');
	const represented = document.querySelector('li[data-role="represented"]')!;
	expect(represented.textContent).toMatch(/Berdimuhamedov \(Represented by Geldimyradov\)/);
	expect([...represented.querySelectorAll('a.entity-link')].map((a) => a.getAttribute('href'))).toEqual([
		'/en/people/berdimuhamedov/',
		'/en/people/geldimyradov/',
	]);
	expect(document.querySelector('li[data-role="host"]')?.textContent).toContain('Tokayev');
});

test('outcomes keep what was agreed jointly apart from what one leader said', async () => {
	const entry = await getEntry('summits', 'central-asia-eu-2022-astana');
	const document = await render(Infobox, 'en', { entry, locale: 'en' });
	const outcomes = [...document.querySelectorAll('.outcomes li')];
	expect(outcomes.filter((li) => li.getAttribute('data-kind') === 'agreed')).toHaveLength(3);
	const stated = outcomes.filter((li) => li.getAttribute('data-kind') === 'stated');
	expect(stated.every((li) => li.textContent?.startsWith('Stated by Tokayev'))).toBe(true);
});

test('a meeting shows its format, its inferred date and the summit it was held beside, in Arabic', async () => {
	const entry = await getEntry('meetings', 'tokayev-japarov-2022');
	const document = await render(Infobox, 'ar', { entry, locale: 'ar' });
	const text = document.querySelector('dl')!.textContent!;
	expect(text).toContain('حضوري');
	expect(text).toContain('التاريخ مستنتج');
	expect(document.querySelector('time')?.getAttribute('datetime')).toBe('2022-10-27');
	expect(document.querySelector('a[href="/ar/summits/central-asia-eu-2022-astana/"]')).not.toBeNull();
});
