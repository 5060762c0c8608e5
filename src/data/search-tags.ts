/**
 * What Pagefind records about each page: filters (kind, country, year,
 * topic, and the edition's language), the date to sort by, and metadata shown in results (kind, date,
 * summary) or searched for names in any spelling.
 */
import { summaryOf } from '../lib/summary.ts';
import { t } from '../i18n/ui.ts';
import { yearOf } from '../lib/dates.ts';
import { SCRIPT, type Locale } from '../lib/language-table.ts';
import { allNames, vocabularyOf } from '../lib/names.ts';
import { arabicTerms } from '../lib/arabic-stem.ts';
import { foldName } from '../lib/search-normalize.ts';
import type { EntityRef } from '../schemas/index.ts';
import { entryOf, eventDate, type AnyEntry, type Site } from './site.ts';
import { entityName } from './entity-names.ts';

export interface SearchTags {
	/** `edition` is the page's language: a search from another edition counts this one's pages by it. */
	filters: [key: 'kind' | 'country' | 'year' | 'topic' | 'edition', value: string][];
	meta: {
		kind: string;
		date?: string;
		summary: string;
		names: string;
		/** The entity's vocabulary: other words readers use for it, in each language. */
		words: string;
		/** On Arabic pages, the light stems of every Arabic word the page holds, so attached forms meet bare ones. */
		stems?: string;
		/** On Arabic pages, the stems of the entity's own names and vocabulary, weighted as names. */
		nameStems?: string;
	};
	/** ISO date to sort by, for events. */
	sort?: string;
}

/** Everything an entity's page says in a language: names, summary, vocabulary, the body, a source's paragraphs (and the original). */
function pageText(entry: AnyEntry, site: Site, locale: Locale): string {
	const data = entry.data as { paragraphs?: ({ original?: string } & Partial<Record<Locale, string>>)[] };
	const body = site.bodies.get(entry.id)?.[locale];
	return [
		...allNames(entry.data),
		...vocabularyOf(entry.data),
		summaryOf(entry.data)?.[locale] ?? '',
		...(body?.headings.map((h) => h.text) ?? []),
		...(body?.statements.map((s) => s.text) ?? []),
		...(data.paragraphs ?? []).flatMap((p) => [p[locale] ?? '', p.original ?? '']),
	].join(' ');
}

export function searchTags(entry: AnyEntry, locale: Locale, site: Site): SearchTags {
	const name = (ref: EntityRef | string) => {
		const target = site.byId.get(typeof ref === 'string' ? ref : ref.id);
		return target ? entityName(target, locale) : '';
	};
	// Events are named after their participants ("Tokayev–Japarov meeting"): only their own
	// alternative names go in `names`, so a person's name ranks the person's page first.
	const isEvent = entry.collection === 'summits' || entry.collection === 'meetings';
	const names = isEvent ? ((entry.data as { spellings?: string[] }).spellings ?? []) : allNames(entry.data);
	const folded = [...new Set(names.map(foldName))].filter((f) => !names.includes(f));
	const tags: SearchTags = {
		filters: [
			['kind', t(locale, `kind.${entry.collection}`)],
			['edition', locale],
		],
		meta: {
			kind: t(locale, `kind.${entry.collection}`),
			summary: summaryOf(entry.data)?.[locale] ?? '',
			names: [...names, ...folded].join(' · '),
			words: vocabularyOf(entry.data).join(' · '),
		},
	};
	if (SCRIPT[locale] === 'Arabic') {
		tags.meta.stems = arabicTerms(pageText(entry, site, locale)).join(' ');
		tags.meta.nameStems = arabicTerms([...names, ...vocabularyOf(entry.data)].join(' ')).join(' ');
	}
	const add = (key: SearchTags['filters'][number][0], value: string) => {
		if (value && !tags.filters.some(([k, v]) => k === key && v === value)) tags.filters.push([key, value]);
	};

	if (entry.collection === 'summits' || entry.collection === 'meetings') {
		const date = eventDate(entry);
		tags.meta.date = date;
		tags.sort = date;
		add('year', String(yearOf(date)));
		for (const topic of entry.data.topics) add('topic', name(topic));
		if (entry.collection === 'summits') add('country', name(entry.data.country));
		for (const person of site.graph.participantsOf(entry.id)) {
			const country = entryOf(site, 'people', person).data.country;
			if (country) add('country', name(country));
		}
	} else if (entry.collection === 'people') {
		if (entry.data.country) add('country', name(entry.data.country));
		for (const event of site.graph.eventsOfPerson(entry.id)) {
			const found = site.byId.get(event);
			if (found && (found.collection === 'summits' || found.collection === 'meetings'))
				add('year', String(yearOf(eventDate(found))));
		}
	} else if (entry.collection === 'countries') {
		add('country', entityName(entry, locale));
	} else if (entry.collection === 'topics') {
		add('topic', entityName(entry, locale));
	} else if (entry.collection === 'sources') {
		tags.meta.date = entry.data.date;
		tags.sort = entry.data.date;
		add('year', String(yearOf(entry.data.date)));
	}
	return tags;
}
