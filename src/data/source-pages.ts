/** The pages of each source (the source beside its translation, and its review), in each language. */
import { LOCALES } from '../lib/locales.ts';
import { cacheKeys } from './cache-keys.ts';
import { loadSite } from './site.ts';

export async function sourcePagePaths() {
	const site = await loadSite();
	const keys = await cacheKeys(site);
	// A source's pages quote the statements that cite it.
	const key = (id: string) => keys.showing(id, ...(site.citersOf.get(id) ?? []));
	return LOCALES.flatMap((lang) =>
		site.sources.map((entry) => ({ params: { lang, id: entry.id }, props: { entry }, cacheKey: key(entry.id) })),
	);
}
