/**
 * The whole collection, loaded once per build from Astro's content layer:
 * every entity by id, what each briefing body says and cites, the link graph,
 * which statements cite each source paragraph. URLs are in `urls.ts`, names
 * in `entity-names.ts`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { analyseBlock, type BlockAnalysis, type ResolvedCitation } from '../lib/body/analyse.ts';
import { compareDates } from '../lib/dates.ts';
import { buildGraph, type Graph } from '../lib/graph.ts';
import type { Locale } from '../lib/language-table.ts';
import { eachLocale, LOCALES } from '../lib/locales.ts';
import {
	BRIEFING_COLLECTIONS,
	COLLECTION_NAMES,
	type BriefingCollection,
	type CollectionName,
	type EventCollection,
} from '../schemas/index.ts';
import { entityName } from './entity-names.ts';
import { factStatements } from './fact-statements.ts';

export type AnyEntry = CollectionEntry<CollectionName>;
export type BriefingEntry = CollectionEntry<BriefingCollection>;
export type EventEntry = CollectionEntry<EventCollection>;
export type SourceEntry = CollectionEntry<'sources'>;

/** A statement on the site that cites a source paragraph: in a body, or a fact in the data. */
export interface CitingStatement {
	/** The entity whose page says it. */
	entry: string;
	locale: Locale;
	/** Where on the page: a section title, or the fact ("Summary", "Participants"). */
	where: string;
	text: string;
}

export type Site = { [C in CollectionName]: CollectionEntry<C>[] } & {
	/** Any entity by id (ids are unique across collections). */
	byId: Map<string, AnyEntry>;
	graph: Graph;
	/** What each briefing's body says, per language: sections, statements, links, citations, headings. */
	bodies: Map<string, Record<Locale, BlockAnalysis>>;
	/** The statements citing each source paragraph, keyed `source#n`, in page order. */
	statementsCiting: Map<string, CitingStatement[]>;
	/** The sources each entry draws on, its primary source first. */
	sourcesOf: Map<string, string[]>;
	/** The paragraphs each entry's page cites, per language and source, in order. */
	paragraphsCited: Map<string, Record<Locale, Map<string, number[]>>>;
	/** The entries citing each source, by name. */
	citersOf: Map<string, string[]>;
};

let cached: Promise<Site> | undefined;

/** Loads the collection once per build; every page shares the result. */
export function loadSite(): Promise<Site> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Site> {
	const lists = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)));
	const collections = Object.fromEntries(COLLECTION_NAMES.map((name, i) => [name, lists[i]!])) as {
		[C in CollectionName]: CollectionEntry<C>[];
	};
	const all: AnyEntry[] = lists.flat();
	const byId = new Map(all.map((entry) => [entry.id, entry]));
	const briefings = BRIEFING_COLLECTIONS.flatMap((name): BriefingEntry[] => collections[name]);

	const bodies = new Map<string, Record<Locale, BlockAnalysis>>();
	const links: { from: string; to: string }[] = [];
	for (const entry of briefings) {
		const primary = entry.data.source?.id;
		const analyses = eachLocale((locale) => analyseBlock(entry.data.parsed.blocks[locale], primary, ''));
		bodies.set(entry.id, analyses);
		for (const locale of LOCALES)
			for (const link of analyses[locale].links) links.push({ from: entry.id, to: link.to });
	}

	const statementsCiting = new Map<string, CitingStatement[]>();
	const sourcesOf = new Map<string, string[]>();
	const paragraphsCited = new Map<string, Record<Locale, Map<string, number[]>>>();
	const cite = (statement: CitingStatement, citations: ResolvedCitation[]) => {
		const keys = new Set(citations.flatMap((c) => c.p.map((p) => `${c.source}#${p}`)));
		for (const key of keys) {
			let list = statementsCiting.get(key);
			if (!list) statementsCiting.set(key, (list = []));
			list.push(statement);
		}
		let cited = paragraphsCited.get(statement.entry);
		if (!cited) paragraphsCited.set(statement.entry, (cited = eachLocale(() => new Map())));
		for (const c of citations) {
			const list = cited[statement.locale].get(c.source) ?? [];
			cited[statement.locale].set(
				c.source,
				[...new Set([...list, ...c.p])].sort((a, b) => a - b),
			);
		}
		const used = sourcesOf.get(statement.entry) ?? [];
		for (const c of citations) if (!used.includes(c.source)) used.push(c.source);
		sourcesOf.set(statement.entry, used);
	};
	for (const entry of all) {
		if (entry.collection === 'sources') continue;
		const primary = (entry.data as { source?: { id: string } }).source?.id;
		if (primary) sourcesOf.set(entry.id, [primary]);
		for (const locale of LOCALES) {
			const name = (id: string) => entityName(byId.get(id)!, locale);
			for (const fact of factStatements(entry, locale, name)) {
				cite({ entry: entry.id, locale, where: fact.where, text: fact.text }, fact.citations);
			}
			const body = bodies.get(entry.id)?.[locale];
			for (const statement of body?.statements ?? []) {
				const section = body!.sections[statement.section];
				const where =
					section?.title ||
					(section?.kind === 'bottom-line'
						? 'bottom-line'
						: section?.kind === 'why-it-matters'
							? 'why-it-matters'
							: '');
				cite({ entry: entry.id, locale, where, text: statement.text }, statement.citations);
			}
		}
	}
	const citersOf = new Map<string, string[]>();
	for (const [entry, sources] of sourcesOf) {
		for (const source of sources) citersOf.set(source, [...(citersOf.get(source) ?? []), entry]);
	}

	const graph = buildGraph({
		people: collections.people.map((p) => ({
			id: p.id,
			country: p.data.country?.id,
			organisation: p.data.organisation?.id,
		})),
		summits: collections.summits.map((s) => ({
			id: s.id,
			startDate: s.data.startDate,
			endDate: s.data.endDate,
			country: s.data.country.id,
			city: s.data.city.id,
			organiser: s.data.organiser?.id,
			topics: s.data.topics.map((t) => t.id),
			participants: s.data.participants.map((p) => ({
				role: p.role,
				person: p.person.id,
				representedBy: p.role === 'represented' ? p.representedBy.id : undefined,
			})),
		})),
		meetings: collections.meetings.map((m) => ({
			id: m.id,
			date: m.data.date,
			city: m.data.city?.id,
			sides: [m.data.sides[0].id, m.data.sides[1].id],
			summit: m.data.summit?.id,
			topics: m.data.topics.map((t) => t.id),
		})),
		milestones: collections.organisations.flatMap((o) =>
			o.data.milestones.map((m, index) => ({ organisation: o.id, index, date: m.date })),
		),
		links,
	});

	return { ...collections, byId, graph, bodies, statementsCiting, sourcesOf, paragraphsCited, citersOf };
}

/** The entry of a collection with this id. Every reference was proven before the build, so a miss is a bug. */
export function entryOf<C extends CollectionName>(site: Site, collection: C, id: string): CollectionEntry<C> {
	const entry = site.byId.get(id);
	if (!entry || entry.collection !== collection) throw new Error(`No ${collection} entry with id "${id}"`);
	return entry as CollectionEntry<C>;
}

/** True for the entries that have an MDX body: people, summits and meetings. */
export function isBriefing(entry: AnyEntry): entry is BriefingEntry {
	return (BRIEFING_COLLECTIONS as readonly string[]).includes(entry.collection);
}

/** True for summits and meetings. */
export function isEvent(entry: AnyEntry): entry is EventEntry {
	return entry.collection === 'summits' || entry.collection === 'meetings';
}

/** The date an event took place (a summit's first day), for sorting and lists. */
export function eventDate(entry: EventEntry): string {
	return entry.collection === 'summits' ? entry.data.startDate : entry.data.date;
}

/** The field holding an event's date, for its provenance (`inferred.startDate`). */
export function eventDateField(entry: EventEntry): 'startDate' | 'date' {
	return entry.collection === 'summits' ? 'startDate' : 'date';
}

/**
 * "Information as of": the newest date among the sources an entry draws on,
 * with that source, whose provenance (an inferred year) the date carries.
 */
export function asOf(site: Site, entry: AnyEntry): { date: string; source: SourceEntry } | undefined {
	const sources = (site.sourcesOf.get(entry.id) ?? []).map((id) => entryOf(site, 'sources', id));
	const newest = sources.sort((a, b) => compareDates(b.data.date, a.data.date))[0];
	return newest ? { date: newest.data.date, source: newest } : undefined;
}
