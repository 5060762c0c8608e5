/** Reading the built site in tests. */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';

export { LOCALES } from '../../src/lib/locales.ts';

/** One page of every kind, as paths inside a language's edition (`''` is its home page). */
export const PAGE_KINDS = [
	'',
	'people/',
	'people/tokayev/',
	'people/berdimuhamedov/',
	'summits/',
	'summits/central-asia-eu-2022-astana/',
	'meetings/tokayev-japarov-2022/',
	'meetings/tokayev-von-der-leyen-2022/',
	'countries/kz/',
	'cities/',
	'cities/astana/',
	'organisations/cica/',
	'topics/climate-change/',
	'sources/kazakhstan-diplomacy-2022/',
	'sources/kazakhstan-diplomacy-2022/review/',
	'timeline/',
	'attendance/',
	'graph/',
	'map/',
	'data/',
	'packs/cica-2022-astana/',
	'whats-new/',
	'open-questions/',
	'search/',
];

export function siteDir(): string {
	return inject('siteDir');
}

/** The HTML of a page, by its path inside the site (`en/people/tokayev/`). */
export function page(path: string): string {
	return readFileSync(join(siteDir(), path, 'index.html'), 'utf8');
}

export function pageExists(path: string): boolean {
	return existsSync(join(siteDir(), path, 'index.html'));
}

/** Every HTML page of the site, as paths relative to its root. */
export async function allPages(): Promise<string[]> {
	const files = await readdir(siteDir(), { recursive: true });
	return files.filter((f) => f.endsWith('.html')).sort();
}
