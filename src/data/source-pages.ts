/** The pages of each source (the source beside its translation, and its review), in each language. */
import { DIRECTION, isKnownLocale, type Locale } from '../lib/language-table.ts';
import { LOCALES, pageLocale } from '../lib/locales.ts';
import { loadSite, type SourceEntry } from './site.ts';

export async function sourcePagePaths() {
	const site = await loadSite();
	return LOCALES.flatMap((lang) => site.sources.map((entry) => ({ params: { lang, id: entry.id }, props: { entry } })));
}

/** What Astro passes to each of a source's pages. */
export interface SourcePageProps {
	entry: SourceEntry;
}

/**
 * What both of a source's pages start from, given the page's `Astro`: the
 * source, the page's language, the site (for the statements that cite the
 * source), and the source's original language.
 */
export async function sourcePage(astro: Parameters<typeof pageLocale>[0] & { props: SourcePageProps }) {
	const { entry } = astro.props;
	const locale = pageLocale(astro);
	return { entry, locale, site: await loadSite(), source: entry.data, ...sourceLanguage(entry, locale) };
}

/**
 * A source's original language and its direction (`auto` for a language the
 * language table does not know), and whether the reader's language needs the
 * translation beside it (not when it is the original's).
 */
export function sourceLanguage(entry: SourceEntry, locale: Locale) {
	const original = entry.data.language;
	return {
		original,
		originalDir: isKnownLocale(original) ? DIRECTION[original] : 'auto',
		translated: original !== locale,
	};
}
