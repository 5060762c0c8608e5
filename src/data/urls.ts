/**
 * The URL of every page and file of the site, under the configured base path
 * and in each language (Astro's i18n routing): the one place links are made.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import { basePath } from '../lib/base-path.ts';
import type { Locale } from '../lib/language-table.ts';
import { ROUTES } from './routes.ts';

const BASE = basePath(import.meta.env.BASE_URL);

/** URL of a file of the site (not a page), under the configured base path. */
export function assetUrl(path: string): string {
	return `${BASE}${path}`;
}

/** Page URLs, computed once each: a build asks for the same few thousand again and again. */
const urls = new Map<string, string>();

/** URL of a page of the site in a language, under the configured base path. */
export function pageUrl(locale: Locale, path = ''): string {
	const key = `${locale}:${path}`;
	let url = urls.get(key);
	if (url === undefined) urls.set(key, (url = getRelativeLocaleUrl(locale, path)));
	return url;
}

/** URL of a file (not a page) inside a language's folder, such as `feed.xml`: no trailing slash. */
export function localeFileUrl(locale: Locale, file: string): string {
	return pageUrl(locale, file).replace(/\/$/, '');
}

/**
 * A page URL as links outside the page need it (canonical, alternates, printed
 * references): absolute when the site's origin is configured, else from the root.
 */
export function publicUrl(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}

/** URL of an entity's page. */
export function entityUrl(locale: Locale, entry: { collection: string; id: string }): string {
	return pageUrl(locale, ROUTES.entry(entry));
}

/** Anchor id of a source paragraph: stable, so citations and bookmarks keep working. */
export function paragraphAnchor(n: number): string {
	return `p${n}`;
}
