import { getEntry } from 'astro:content';
import { expect, test } from 'vitest';
import Backlinks from '../../src/components/Backlinks.astro';
import { render } from './render.ts';

const items = (document: Document, list: string) =>
	[...document.querySelectorAll(`[data-backlinks="${list}"] > li`)].map((li) =>
		li.textContent!.replace(/\s+/g, ' ').trim(),
	);

test('a person lists summits with their role, meetings with the counterpart, and the people met', async () => {
	const document = await render(Backlinks, 'en', { entry: await getEntry('people', 'tokayev'), locale: 'en' });
	expect(items(document, 'summits')).toEqual(['CICA summit 2022: Host', 'Central Asia–EU meeting 2022: Host']);
	expect(items(document, 'meetings')).toEqual([
		'Tokayev–von der Leyen virtual meeting (with von der Leyen)',
		'Tokayev–Japarov one-on-one meeting (with Japarov)',
	]);
	expect(items(document, 'people-met')[0]).toBe(
		'Japarov (at Central Asia–EU meeting 2022, Tokayev–Japarov one-on-one meeting)',
	);
	expect(items(document, 'mentions')).toContain('Putin');
});

test('a representative is listed as such, and did not meet the person represented', async () => {
	const document = await render(Backlinks, 'en', { entry: await getEntry('people', 'geldimyradov'), locale: 'en' });
	expect(items(document, 'summits')).toEqual(['Central Asia–EU meeting 2022: Represented Berdimuhamedov']);
	expect(items(document, 'people-met')).not.toContainEqual(expect.stringContaining('Berdimuhamedov'));
});

test('a summit groups its participants by role and lists meetings on its margins', async () => {
	const document = await render(Backlinks, 'ar', {
		entry: await getEntry('summits', 'central-asia-eu-2022-astana'),
		locale: 'ar',
	});
	expect(items(document, 'role-host')).toEqual(['توكاييف']);
	expect(items(document, 'role-attendee')).toHaveLength(4);
	expect(items(document, 'role-represented')).toEqual(['بيردي محمدوف: مثّله جيلديمورادوف']);
	expect(items(document, 'margins')).toEqual(['الاجتماع الفردي بين توكاييف وجاباروف']);
});

test('a topic lists the events that discussed it and their people', async () => {
	const document = await render(Backlinks, 'en', {
		entry: await getEntry('topics', 'transport-logistics'),
		locale: 'en',
	});
	expect(items(document, 'events')).toEqual([
		'Tokayev–von der Leyen virtual meeting',
		'Tokayev–Japarov one-on-one meeting',
	]);
	expect(items(document, 'people')).toEqual(['Tokayev', 'von der Leyen', 'Japarov']);
});
