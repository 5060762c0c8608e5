/**
 * Reading the built site fixture in tests. The code tests run on the invented
 * collection `tests/fixtures/site/briefings` (see its README), never on the
 * real briefings: an analyst's edit to `briefings/` cannot fail them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ROUTES, VIEWS } from '../../src/data/routes.ts';

export { LOCALES } from '../../src/lib/locales.ts';
export { SITE_FIXTURE } from '../../scripts/lib/fixtures.ts';

/** One page of every kind, as paths inside a language's edition (`''` is its home page). */
export const PAGE_KINDS = [
	'',
	'people/',
	'people/kallavan/',
	'people/brannock/',
	'people/pell/',
	'summits/',
	'summits/first-league-summit/',
	'meetings/kallavan-saidi-2022/',
	'meetings/kallavan-hollis-2022/',
	'meetings/ozdogan-vantar-2022/',
	'countries/fi/',
	'countries/dk/',
	'cities/',
	'cities/capital/',
	'organisations/league/',
	'organisations/league-council/',
	'topics/trade/',
	'sources/northland-bulletin/',
	ROUTES.review('harbour-herald'),
	ROUTES.pack('first-league-summit'),
	...VIEWS.map((view) => view.path),
];

export function siteDir(): string {
	return inject('siteDir');
}

/** The HTML of a page, by its path inside the site (`en/people/kallavan/`). */
export function page(path: string): string {
	return readFileSync(join(siteDir(), path, 'index.html'), 'utf8');
}

export function pageExists(path: string): boolean {
	return existsSync(join(siteDir(), path, 'index.html'));
}

/** Every HTML page of a built site (by default the fixture's), as paths relative to its root. */
export async function allPages(dir = siteDir()): Promise<string[]> {
	const files = await readdir(dir, { recursive: true });
	return files.filter((f) => f.endsWith('.html')).sort();
}
