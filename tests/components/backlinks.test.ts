import { getEntry } from 'astro:content';
import { expect, test } from 'vitest';
import Backlinks from '../../src/components/Backlinks.astro';
import { render, visibleText } from './render.ts';

const items = (document: Document, list: string) =>
	[...document.querySelectorAll(`[data-backlinks="${list}"] > li`)].map(visibleText);

test('a person lists summits with their role, meetings with the counterpart, and the people met', async () => {
	const document = await render(Backlinks, 'en', { entry: await getEntry('people', 'alpha') });
	expect(items(document, 'summits')).toEqual(['First summit: Host']);
	expect(items(document, 'meetings')).toEqual(['Alpha–Beta meeting (with Beta)']);
	expect(items(document, 'people-met')).toEqual(['Beta (at Alpha–Beta meeting)', 'Gamma (at First summit)']);
	expect(items(document, 'mentions')).toContain('Beta');
});

test('a representative is listed as such, and did not meet the person represented', async () => {
	const document = await render(Backlinks, 'en', { entry: await getEntry('people', 'gamma') });
	expect(items(document, 'summits')).toEqual(['First summit: Represented Beta']);
	expect(items(document, 'people-met')).toEqual(['Alpha (at First summit)']);
});

test('a summit groups its participants by role, and marks a meeting whose link to it is inferred', async () => {
	const document = await render(Backlinks, 'ar', { entry: await getEntry('summits', 'first-summit') });
	expect(items(document, 'role-host')).toEqual(['ألفا']);
	expect(items(document, 'role-represented')).toEqual(['بيتا: مثّله غاما']);
	expect(items(document, 'margins')).toEqual(['اجتماع ألفا وبيتا استنتاج']);
	const tip = document.querySelector('[data-backlinks="margins"] .mark-tip');
	expect(tip?.textContent).toBe('استنتاج: لا يقول التقرير إن الاثنين التقيا في القمة.');
});

test('a topic lists the events that discussed it and their people', async () => {
	const document = await render(Backlinks, 'en', { entry: await getEntry('topics', 'trade') });
	expect(items(document, 'events')).toEqual(['First summit', 'Alpha–Beta meeting']);
	expect(items(document, 'people')).toEqual(['Alpha', 'Beta', 'Gamma']);
});

test('a city lists the events held in it', async () => {
	const document = await render(Backlinks, 'en', { entry: await getEntry('cities', 'capital') });
	expect(items(document, 'events')).toEqual(['First summit', 'Alpha–Beta meeting']);
});
