import { getEntry } from 'astro:content';
import { expect, test } from 'vitest';
import Backlinks from '../../src/components/Backlinks.astro';
import { render, visibleText } from './render.ts';

const items = (document: Document, list: string) =>
	[...document.querySelectorAll(`[data-backlinks="${list}"] > li`)].map(visibleText);

test('a person lists summits with their role, meetings with the counterpart, the people met in them, and who else was present at a summit', async () => {
	const document = await render(Backlinks, 'en', { entry: await getEntry('people', 'alpha') });
	expect(items(document, 'summits')).toEqual(['First summit: Host']);
	expect(items(document, 'meetings')).toEqual(['Alpha–Beta meeting (with Beta)']);
	// Met: only in a meeting. Being at the same summit is attendance.
	expect(items(document, 'people-met')).toEqual(['Beta (at Alpha–Beta meeting)']);
	expect(items(document, 'also-attended')).toEqual(['First summit: Gamma']);
	expect(items(document, 'mentions')).toContain('Beta');
});

test('a representative is listed as such, met no one at the summit, and was present with the others', async () => {
	const document = await render(Backlinks, 'en', { entry: await getEntry('people', 'gamma') });
	expect(items(document, 'summits')).toEqual(['First summit: Represented Beta']);
	expect(document.querySelector('[data-backlinks="people-met"]')).toBeNull();
	expect(items(document, 'also-attended')).toEqual(['First summit: Alpha']);
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
