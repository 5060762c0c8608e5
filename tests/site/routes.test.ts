/**
 * The route table and the built site agree: every route of `src/data/routes.ts`
 * is a page (or file) in each language, and every page of an edition is under
 * a route of the table.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PACKS_SECTION, ROUTES, sectionOf, VIEWS } from '../../src/data/routes.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { LOCALES, pageExists, siteDir } from '../helpers/site.ts';

const files = (lang: string) => readdirSync(join(siteDir(), lang), { recursive: true }) as string[];

test.each(LOCALES)('every route of the table is built in %s', (lang) => {
	const firstOf = (collection: string) =>
		files(lang)
			.map((f) => new RegExp(`^${collection}/([^/]+)/index\\.html$`).exec(f)?.[1])
			.find(Boolean)!;
	const [summit, source] = [firstOf('summits'), firstOf('sources')];
	const routes = [
		ROUTES.home,
		...COLLECTION_NAMES.map(ROUTES.collection),
		...VIEWS.map((view) => view.path),
		ROUTES.attendanceYear(2022),
		ROUTES.pack(summit),
		ROUTES.review(source),
	];
	expect(routes.filter((route) => !pageExists(`${lang}/${route}`))).toEqual([]);
	for (const file of [ROUTES.feed, ROUTES.printCss]) expect(files(lang)).toContain(file);
});

test.each(LOCALES)('every page of the %s edition is under a route of the table', (lang) => {
	const sections = new Set([
		...COLLECTION_NAMES.map((c) => sectionOf(ROUTES.collection(c))),
		...VIEWS.map((view) => sectionOf(view.path)),
		PACKS_SECTION,
	]);
	const outside = files(lang)
		.filter((f) => f.endsWith('index.html') && f !== 'index.html')
		.filter((f) => !sections.has(sectionOf(f)));
	expect(outside).toEqual([]);
});
