/**
 * What pages take from the collection (`src/data/`), tested as functions on
 * the tiny valid fixture loaded through Astro's real content layer: where a
 * page sits (breadcrumbs, sidebar, previous and next), the download tables,
 * what search records, what changed, the packs, an article's sections and
 * its structured data.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { articleSections, articleSources } from '../../src/data/article.ts';
import { changes, hasHistory, RECENT_CHANGES } from '../../src/data/changes.ts';
import { collectionDocument, collectionSchema, downloadResponse, tables } from '../../src/data/downloads.ts';
import { breadcrumbs, neighbours, pageOf, sidebar } from '../../src/data/navigation.ts';
import { packOf, packPdfUrl } from '../../src/data/packs.ts';
import { ROUTES, VIEW } from '../../src/data/routes.ts';
import { searchTags } from '../../src/data/search-tags.ts';
import { entryOf, loadSite, type Site } from '../../src/data/site.ts';
import { structuredData } from '../../src/data/structured-data.ts';
import { tableText } from '../../src/i18n/data-tables.ts';
import { LOCALES } from '../../src/lib/locales.ts';

let site: Site;
beforeAll(async () => {
	site = await loadSite();
});

const labels = (crumbs: { label: string }[]) => crumbs.map((c) => c.label);

describe('where a page sits', () => {
	test('breadcrumbs lead from home through the collection and the group to the page', () => {
		expect(labels(breadcrumbs(site, 'en', 'people/alpha/', 'Alpha'))).toEqual(['Home', 'People', 'Northland', 'Alpha']);
		expect(labels(breadcrumbs(site, 'en', 'summits/first-summit/', 'First summit'))).toEqual([
			'Home',
			'Summits',
			'2022',
			'First summit',
		]);
		// A pack files under its summit.
		expect(labels(breadcrumbs(site, 'ar', ROUTES.pack('first-summit'), 'ملف'))).toEqual([
			'الرئيسية',
			'القمم',
			'2022',
			'القمة الأولى للرابطة',
			'ملف',
		]);
		expect(labels(breadcrumbs(site, 'en', VIEW.graph, 'Who met whom'))).toEqual(['Home', 'Who met whom']);
		expect(labels(breadcrumbs(site, 'en', ROUTES.home, 'Home'))).toEqual(['Home']);
	});

	test('a path points at a collection, an entry, a pack or a view', () => {
		expect(pageOf(site, 'people/alpha/').entry?.id).toBe('alpha');
		expect(pageOf(site, ROUTES.pack('first-summit'))).toMatchObject({ section: 'summits' });
		expect(pageOf(site, VIEW.map)).toEqual({ section: 'map' });
		expect(pageOf(site, '')).toEqual({});
		// An id under the wrong collection is not that entry.
		expect(pageOf(site, 'summits/alpha/').entry).toBeUndefined();
	});

	test('the sidebar opens the current section at the current group, and marks the current view', () => {
		const { sections, views } = sidebar(site, 'en', 'people/beta/');
		const people = sections.find((s) => s.current)!;
		expect(people.label).toBe('People');
		expect(people.count).toBe(3);
		const open = people.groups!.find((g) => g.current)!;
		expect(open.label).toBe('Southland');
		expect(open.items!.map((i) => [i.label, i.current])).toEqual([
			['Beta', true],
			['Gamma', false],
		]);
		expect(sections.filter((s) => s.groups)).toHaveLength(1);
		expect(views.filter((v) => v.current)).toEqual([]);
		expect(sidebar(site, 'en', VIEW.timeline).views.find((v) => v.current)?.label).toBe('Timeline');
	});

	test('previous and next follow the collection’s order: people by name, events by date', () => {
		const beta = entryOf(site, 'people', 'beta');
		expect(neighbours(site, beta, 'en')).toMatchObject({ previous: { id: 'alpha' }, next: { id: 'gamma' } });
		expect(neighbours(site, entryOf(site, 'people', 'alpha'), 'en').previous).toBeUndefined();
	});
});

describe('the download tables', () => {
	test.each(LOCALES)('in %s: a row per entry, attendance with its roles, every column documented', (locale) => {
		const list = tables({ site, origin: undefined });
		const byFile = Object.fromEntries(list.map((table) => [table.file, table]));
		expect(Object.keys(byFile)).toEqual(['people', 'events', 'attendance', 'meetings', 'citations']);
		expect(byFile['people']!.cells(site, locale)).toHaveLength(3);
		expect(byFile['events']!.cells(site, locale)).toHaveLength(2);
		const attendance = byFile['attendance']!;
		const column = (name: string) => attendance.columns.findIndex((c) => c.name === name);
		const roles = attendance
			.cells(site, locale)
			.map((row) => [row[column('event_id')], row[column('person_id')], row[column('role')], row[column('with_id')]]);
		expect(roles).toEqual([
			['first-summit', 'alpha', 'host', undefined],
			['first-summit', 'beta', 'represented', 'gamma'],
			['first-summit', 'gamma', 'representative', 'beta'],
			['alpha-beta', 'alpha', 'side', 'beta'],
			['alpha-beta', 'beta', 'side', 'alpha'],
		]);
		for (const table of list) {
			expect(tableText(locale, table.about)).not.toBe('');
			for (const c of table.columns) expect(tableText(locale, c.about), `${table.file}.${c.name}`).not.toBe('');
		}
		const citations = byFile['citations']!.cells(site, locale);
		expect(citations.length).toBeGreaterThan(10);
		expect(new Set(citations.map((row) => row[4]))).toEqual(new Set(['demo-source']));
	});

	test('the whole collection as one JSON document that its generated schema accepts', async () => {
		const validate = new Ajv2020({ allErrors: true, strict: false }).compile(collectionSchema());
		const document = collectionDocument(site);
		expect(validate(JSON.parse(JSON.stringify(document))), JSON.stringify(validate.errors)).toBe(true);
		expect(document['people']).toHaveLength(3);
		const response = downloadResponse('text/csv', () => 'a,b\n');
		expect(response.headers.get('content-type')).toBe('text/csv');
		expect(await response.text()).toBe('a,b\n');
	});
});

describe('what search records of a page', () => {
	test('a person: kind, country and years as filters, every spelling as names', () => {
		const tags = searchTags(entryOf(site, 'people', 'alpha'), 'en', site);
		expect(tags.filters).toEqual([
			['kind', 'Person'],
			['edition', 'en'],
			['country', 'Northland'],
			['year', '2022'],
		]);
		expect(tags.meta.names.split(' · ')).toEqual(expect.arrayContaining(['Alpha', 'Alfa', 'Альфа']));
		expect(tags.meta.stems).toBeUndefined();
	});

	test('an event sorts by its date; on Arabic pages every Arabic word is recorded as its stem', () => {
		const tags = searchTags(entryOf(site, 'meetings', 'alpha-beta'), 'ar', site);
		expect(tags.sort).toBe('2022-10-28');
		expect(tags.filters).toContainEqual(['topic', 'التجارة']);
		expect(tags.filters).toContainEqual(['country', 'أرض الجنوب']);
		expect(tags.meta.stems?.split(' ')).toContain('تجار');
		// An event's names are its own spellings only: a person's name ranks the person first.
		expect(tags.meta.names).toBe('');
	});

	test('a source sorts by its date; a topic and a country are filters of their own', () => {
		expect(searchTags(entryOf(site, 'sources', 'demo-source'), 'en', site).sort).toBe('2022-11-01');
		expect(searchTags(entryOf(site, 'topics', 'trade'), 'en', site).filters).toContainEqual(['topic', 'Trade']);
		expect(searchTags(entryOf(site, 'countries', 'fi'), 'en', site).filters).toContainEqual(['country', 'Northland']);
	});
});

test('what changed: every briefing and source, newest first, in a stable order', () => {
	const list = changes(site);
	expect(list.map((c) => c.entry.id).sort()).toEqual(
		['alpha', 'beta', 'gamma', 'first-summit', 'alpha-beta', 'demo-source'].sort(),
	);
	for (let i = 1; i < list.length; i++) expect(list[i - 1]!.updated >= list[i]!.updated).toBe(true);
	expect(changes(site)).toBe(list);
	expect(list.length).toBeLessThanOrEqual(RECENT_CHANGES);
	expect(hasHistory(entryOf(site, 'topics', 'trade'))).toBe(false);
});

test('a summit’s pack: its title and dates, then the summit, the meetings alongside it and the participants', () => {
	const pack = packOf(site, entryOf(site, 'summits', 'first-summit'), 'en');
	expect(pack.title).toBe('Briefing pack: First summit');
	expect(pack.dates).toMatch(/^27\s?–\s?28 October 2022$/u);
	expect(pack.contents.map((s) => [s.heading, s.entries.map((e) => e.id)])).toEqual([
		['Summit', ['first-summit']],
		['Bilateral meetings', ['alpha-beta']],
		['Participants', ['alpha', 'beta', 'gamma']],
	]);
	expect(packPdfUrl('ar', 'first-summit')).toMatch(/^\/ar\/packs\/first-summit\/[^/]+\.pdf$/);
});

test('an article’s sections, in the order the page draws them, and the sources it numbers', () => {
	const alpha = entryOf(site, 'people', 'alpha');
	expect(articleSources(site, 'alpha')).toEqual(['demo-source']);
	expect(articleSections(site, alpha, 'en').map((s) => s.id)).toEqual([
		'bottom-line-alpha',
		'key-facts-alpha',
		'why-it-matters-alpha',
		'spellings-alpha',
		'backlinks-heading',
		'sources-alpha',
	]);
	// A topic has no bottom line or key facts; its name in the other language is another way it is written.
	expect(articleSections(site, entryOf(site, 'topics', 'trade'), 'ar').map((s) => s.id)).toEqual([
		'spellings-trade',
		'backlinks-heading',
		'sources-trade',
	]);
});

test('structured data: the breadcrumb trail and the entity, as JSON that cannot close its script element', () => {
	const alpha = entryOf(site, 'people', 'alpha');
	const trail = breadcrumbs(site, 'en', 'people/alpha/', 'Alpha');
	const text = structuredData(site, 'en', trail, alpha, new URL('https://briefings.example/'));
	expect(text).not.toContain('<');
	const { '@graph': graph } = JSON.parse(text) as { '@graph': Record<string, unknown>[] };
	expect(graph[0]).toMatchObject({ '@type': 'BreadcrumbList' });
	expect((graph[0]!['itemListElement'] as { item: string }[]).at(-1)!.item).toBe(
		'https://briefings.example/en/people/alpha/',
	);
	expect(graph[1]).toMatchObject({ '@type': 'Person', name: 'Alpha' });
});
