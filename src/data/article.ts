/**
 * An entity's article, as its page and a briefing pack show it: the sources
 * it numbers its citations by, what each of its parts is given, and its
 * sections in order, for "On this page".
 */
import type { MarkdownHeading } from 'astro';
import { t } from '../i18n/ui.ts';
import type { Locale } from '../lib/language-table.ts';
import { isBriefing, type AnyEntry, type Site } from './site.ts';
import { allNames } from '../lib/names.ts';
import { entityName } from './entity-names.ts';

/** The order an article numbers its sources in: its primary source first, then as first cited. */
export function articleSources(site: Site, id: string): string[] {
	return site.sourcesOf.get(id) ?? [];
}

/** What each part of an entry's article (key facts, disputes, sources, connections) is given. */
export interface ArticlePartProps<Entry extends AnyEntry = AnyEntry> {
	entry: Entry;
	/** The article's sources in the order it numbers them (`articleSources`), to number its citations. */
	sources: readonly string[];
}

/**
 * The headings of a briefing's body in one language. Astro returns the
 * headings of the whole body, every language block in the order the file
 * writes them; the body's parse says how many each block has.
 */
export function headingsIn(
	site: Site,
	entry: AnyEntry,
	locale: Locale,
	headings: readonly MarkdownHeading[],
): MarkdownHeading[] {
	const analyses = site.bodies.get(entry.id);
	const body = (entry.data as { parsed?: { lines: Record<Locale, number> } }).parsed;
	if (!analyses || !body) return [];
	const order = (Object.keys(body.lines) as Locale[]).sort((a, b) => body.lines[a] - body.lines[b]);
	const start = order
		.slice(0, order.indexOf(locale))
		.reduce((count, language) => count + analyses[language].headings.length, 0);
	return headings.slice(start, start + analyses[locale].headings.length);
}

/** A section of a page, as "On this page" lists it. */
export interface PageSection {
	id: string;
	text: string;
}

/**
 * The sections of an entity's page, in the order `EntityArticle.astro` draws
 * them: for a briefing, the bottom line, the key facts, the facts its sources
 * disagree on, the body's own sections (`headings`, from Astro's render of the
 * body, in the page's language) and why it matters; then milestones, other
 * spellings, connections and sources. Every id is checked by the site checks,
 * which follow each link to a fragment.
 */
export function articleSections(
	site: Site,
	entry: AnyEntry,
	locale: Locale,
	headings: readonly MarkdownHeading[] = [],
): PageSection[] {
	const id = entry.id;
	const sections: PageSection[] = [];
	const data = entry.data as { milestones?: unknown[]; disputes?: unknown[] };
	if (isBriefing(entry)) {
		sections.push({ id: `bottom-line-${id}`, text: t(locale, 'bottomLine') });
		sections.push({ id: `key-facts-${id}`, text: t(locale, 'keyFacts') });
		if ((data.disputes ?? []).length > 0)
			sections.push({ id: `disputes-title-${id}`, text: t(locale, 'sourcesDiffer') });
		for (const heading of headingsIn(site, entry, locale, headings))
			if (heading.depth === 2) sections.push({ id: heading.slug, text: heading.text });
		sections.push({ id: `why-it-matters-${id}`, text: t(locale, 'whyItMatters') });
	} else if (entry.collection === 'countries' || entry.collection === 'cities') {
		sections.push({ id: `key-facts-${id}`, text: t(locale, 'keyFacts') });
	}
	if ((data.milestones ?? []).length > 0) sections.push({ id: `milestones-${id}`, text: t(locale, 'milestones') });
	if (allNames(entry.data).some((name) => name !== entityName(entry, locale)))
		sections.push({ id: `spellings-${id}`, text: t(locale, 'spellings') });
	sections.push({ id: 'backlinks-heading', text: t(locale, 'connections') });
	if (articleSources(site, id).length > 0)
		sections.push({
			id: `sources-${id}`,
			text: t(locale, articleSources(site, id).length > 1 ? 'sourcesPlural' : 'sourcesSingular'),
		});
	return sections;
}
