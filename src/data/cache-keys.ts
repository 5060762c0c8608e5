/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`):
 * a page is copied from the last build only while its key is unchanged, so a
 * key must change with everything the page shows. Astro itself tracks the
 * code (a hash of each route's modules) and the config and lockfile.
 *
 * Most pages show other entries only through their data: names, dates,
 * relations, summaries. Those, with the links and citations bodies make and
 * the site settings, form the `shared` digest every key includes. A body's
 * text shows on its own page, in the packs that hold it and in the review of
 * the sources it cites; when an entry last changed shows on its own page and
 * in What's new. So an edit to one briefing's text rebuilds those pages only;
 * an edit to anything shown across pages (a name, a date, a link) rebuilds
 * every page, as it must.
 */
import { createHash } from 'node:crypto';
import { LOCALES } from '../lib/locales.ts';
import { loadSettings } from './settings.ts';
import { loadSite, type AnyEntry, type Site } from './site.ts';

export interface CacheKeys {
	/** What every page may show of the collection. */
	shared: string;
	/** A key for a page showing, besides the shared data, these entries in full. */
	showing: (...ids: string[]) => string;
	/** A key for a page showing the whole collection: every body and every date of change. */
	everything: string;
}

const hash = (...parts: string[]) => {
	const digest = createHash('sha256');
	for (const part of parts) digest.update(part).update('\0');
	return digest.digest('base64url').slice(0, 22);
};

const cached = new WeakMap<Site, Promise<CacheKeys>>();

export function cacheKeys(site: Site): Promise<CacheKeys> {
	let keys = cached.get(site);
	if (!keys) cached.set(site, (keys = computeKeys(site)));
	return keys;
}

/** An entry's data without its body and date of change, which `full` covers. */
function sharedData(entry: AnyEntry): string {
	const { body: _body, changed: _changed, ...data } = entry.data as Record<string, unknown>;
	return JSON.stringify([entry.collection, entry.id, data]);
}

/** Everything an entry shows on its own page: the digest of its file (the loader's), and when it changed. */
function full(entry: AnyEntry): string {
	const { digest } = entry as { digest?: string | number };
	const changed = (entry.data as { changed?: string }).changed ?? '';
	return `${digest ?? JSON.stringify(entry.data)}@${changed}`;
}

async function computeKeys(site: Site): Promise<CacheKeys> {
	const entries = [...site.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
	const bodies = [...site.bodies].map(([id, analyses]) =>
		JSON.stringify([
			id,
			Object.values(analyses).map((a) => [a.links.map((l) => l.to), a.citations.map((c) => [c.source, c.p])]),
		]),
	);
	const shared = hash(JSON.stringify(await loadSettings()), ...entries.map(sharedData), ...bodies);
	const own = new Map(entries.map((entry) => [entry.id, full(entry)]));
	return {
		shared,
		showing: (...ids) => hash(shared, ...ids.map((id) => `${id}:${own.get(id) ?? ''}`)),
		everything: hash(shared, ...entries.map((entry) => own.get(entry.id)!)),
	};
}

/** The paths of a page that exists once per language, keyed by what it shows. */
export async function languagePaths(shows: 'shared' | 'everything' = 'shared') {
	const keys = await cacheKeys(await loadSite());
	return LOCALES.map((lang) => ({ params: { lang }, cacheKey: keys[shows] }));
}
