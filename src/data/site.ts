/**
 * The whole collection, loaded once per build from Astro's content layer:
 * every entity by id, the link graph, and the URL of every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { scanBody } from '../lib/body-scan.ts';
import { findCites } from '../lib/cites.ts';
import { buildGraph, type Graph } from '../lib/graph.ts';
import type { Locale } from '../lib/locales.ts';
import type { CollectionName, LocalizedText } from '../schemas/index.ts';

export type PersonEntry = CollectionEntry<'people'>;
export type SummitEntry = CollectionEntry<'summits'>;
export type MeetingEntry = CollectionEntry<'meetings'>;
export type CountryEntry = CollectionEntry<'countries'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type BriefingEntry = PersonEntry | SummitEntry | MeetingEntry;
export type AnyEntry = CollectionEntry<CollectionName>;

/** Collections that have a page per entry, in the order the navigation lists them. */
export const PAGE_COLLECTIONS = [
	'people',
	'summits',
	'meetings',
	'countries',
	'organisations',
	'topics',
	'sources',
] as const satisfies readonly CollectionName[];

export interface Site {
	people: PersonEntry[];
	summits: SummitEntry[];
	meetings: MeetingEntry[];
	countries: CountryEntry[];
	organisations: OrganisationEntry[];
	topics: TopicEntry[];
	sources: SourceEntry[];
	/** Any entity by id (ids are unique across collections). */
	byId: Map<string, AnyEntry>;
	graph: Graph;
	/** Source paragraphs each briefing cites in its body, per language, in order of first citation. */
	bodyCitations: Map<string, Record<Locale, number[]>>;
	/** Entities each briefing links to in its body, per language, in order of first link. */
	bodyLinks: Map<string, Record<Locale, string[]>>;
	/** Entities citing each paragraph, keyed `sourceId#n`, in data or body. */
	citedBy: Map<string, string[]>;
}

let cached: Promise<Site> | undefined;

/** Loads the collection once per build; every page shares the result. */
export function loadSite(): Promise<Site> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Site> {
	const [people, summits, meetings, countries, organisations, topics, sources] = await Promise.all([
		getCollection('people'),
		getCollection('summits'),
		getCollection('meetings'),
		getCollection('countries'),
		getCollection('organisations'),
		getCollection('topics'),
		getCollection('sources'),
	]);
	const all: AnyEntry[] = [...people, ...summits, ...meetings, ...countries, ...organisations, ...topics, ...sources];
	const byId = new Map(all.map((entry) => [entry.id, entry]));

	const links: { from: string; to: string }[] = [];
	const bodyCitations = new Map<string, Record<Locale, number[]>>();
	const bodyLinks = new Map<string, Record<Locale, string[]>>();
	for (const entry of [...people, ...summits, ...meetings]) {
		const scan = scanBody(entry.body ?? '');
		const linked: Record<Locale, string[]> = { en: [], ar: [] };
		for (const link of scan.links) {
			links.push({ from: entry.id, to: link.to });
			if (link.locale && link.to !== entry.id) linked[link.locale].push(link.to);
		}
		bodyLinks.set(entry.id, { en: [...new Set(linked.en)], ar: [...new Set(linked.ar)] });
		const cited: Record<Locale, number[]> = { en: [], ar: [] };
		for (const citation of scan.citations) {
			if (citation.locale) cited[citation.locale].push(...citation.paragraphs);
		}
		bodyCitations.set(entry.id, { en: [...new Set(cited.en)], ar: [...new Set(cited.ar)] });
	}

	const graph = buildGraph({
		people: people.map((p) => ({ id: p.id, country: p.data.country?.id, organisation: p.data.organisation?.id })),
		summits: summits.map((s) => ({
			id: s.id,
			startDate: s.data.startDate,
			endDate: s.data.endDate,
			country: s.data.country.id,
			organiser: s.data.organiser?.id,
			topics: s.data.topics.map((t) => t.id),
			participants: s.data.participants.map((p) => ({
				role: p.role,
				person: p.person.id,
				representedBy: p.role === 'represented' ? p.representedBy.id : undefined,
			})),
		})),
		meetings: meetings.map((m) => ({
			id: m.id,
			date: m.data.date,
			sides: [m.data.sides[0].id, m.data.sides[1].id],
			summit: m.data.summit?.id,
			topics: m.data.topics.map((t) => t.id),
		})),
		milestones: organisations.flatMap((o) =>
			o.data.milestones.map((m, index) => ({ organisation: o.id, index, date: m.date })),
		),
		links,
	});

	const citedBy = new Map<string, string[]>();
	for (const entry of all) {
		if (entry.collection === 'sources') continue;
		const body = bodyCitations.get(entry.id);
		const paragraphs = new Set([
			...findCites(entry.data).flatMap((c) => c.paragraphs),
			...(body?.en ?? []),
			...(body?.ar ?? []),
		]);
		for (const n of paragraphs) {
			const key = `${entry.data.source.id}#${n}`;
			citedBy.set(key, [...(citedBy.get(key) ?? []), entry.id]);
		}
	}

	return {
		people,
		summits,
		meetings,
		countries,
		organisations,
		topics,
		sources,
		byId,
		graph,
		bodyCitations,
		bodyLinks,
		citedBy,
	};
}

/** The entry of a collection with this id. Every reference was proven before the build, so a miss is a bug. */
export function entryOf<C extends CollectionName>(site: Site, collection: C, id: string): CollectionEntry<C> {
	const entry = site.byId.get(id);
	if (!entry || entry.collection !== collection) throw new Error(`No ${collection} entry with id "${id}"`);
	return entry as CollectionEntry<C>;
}

/** True for the entries that have an MDX body: people, summits and meetings. */
export function isBriefing(entry: AnyEntry): entry is BriefingEntry {
	return entry.collection === 'people' || entry.collection === 'summits' || entry.collection === 'meetings';
}

/** The date an event took place (a summit's first day), for sorting and lists. */
export function eventDate(entry: SummitEntry | MeetingEntry): string {
	return entry.collection === 'summits' ? entry.data.startDate : entry.data.date;
}

/** URL of a file of the site (not a page), under the configured base path. */
export function assetUrl(path: string): string {
	const base = import.meta.env.BASE_URL;
	return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** URL of a page of the site in a language, under the configured base path. */
export function pageUrl(locale: Locale, path = ''): string {
	const key = `${locale}:${path}`;
	let url = urls.get(key);
	if (url === undefined) urls.set(key, (url = getRelativeLocaleUrl(locale, path)));
	return url;
}

/** Page URLs, computed once each: a build asks for the same few thousand again and again. */
const urls = new Map<string, string>();

/**
 * A page URL as links outside the page need it (canonical, alternates, printed
 * references): absolute when the site's origin is configured, else from the root.
 */
export function publicUrl(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}

/** URL of an entity's page. */
export function entityUrl(locale: Locale, entry: { collection: string; id: string }): string {
	return pageUrl(locale, `${entry.collection}/${entry.id}/`);
}

/** Anchor id of a source paragraph: stable, so citations and bookmarks keep working. */
export function paragraphAnchor(n: number): string {
	return `p${n}`;
}

/** The display name of any entity in a language. */
export function entityName(entry: AnyEntry, locale: Locale): string {
	const data = entry.data as { name?: LocalizedText; title?: LocalizedText };
	return (data.name ?? data.title)?.[locale] ?? entry.id;
}

/** The short name of an entity, where it has one; otherwise its name. */
export function entityShortName(entry: AnyEntry, locale: Locale): string {
	const data = entry.data as { shortName?: LocalizedText };
	return data.shortName?.[locale] ?? entityName(entry, locale);
}
