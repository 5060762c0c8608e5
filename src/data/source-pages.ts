/** The pages of each source (the source beside its translation, and its review), in each language. */
import { DIRECTION, isLocale, LOCALES, type Locale } from '../lib/locales.ts';
import { cacheKeys } from './cache-keys.ts';
import { loadSite, type SourceEntry } from './site.ts';

export async function sourcePagePaths() {
	const site = await loadSite();
	const keys = await cacheKeys(site);
	// A source's pages quote the statements that cite it.
	const key = (id: string) => keys.showing(id, ...(site.citersOf.get(id) ?? []));
	return LOCALES.flatMap((lang) =>
		site.sources.map((entry) => ({ params: { lang, id: entry.id }, props: { entry }, cacheKey: key(entry.id) })),
	);
}

/**
 * A source's original language and its direction (`auto` for a language the
 * site has no edition in), and whether the reader's language needs the
 * translation beside it (not when it is the original's).
 */
export function sourceLanguage(entry: SourceEntry, locale: Locale) {
	const original = entry.data.language;
	return { original, originalDir: isLocale(original) ? DIRECTION[original] : 'auto', translated: original !== locale };
}
