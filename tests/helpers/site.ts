/** Reading the built site in tests. */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';

export { LOCALES } from '../../src/lib/locales.ts';

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
