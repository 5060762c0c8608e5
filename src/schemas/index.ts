/**
 * The collections of the briefing site and where their content lives in
 * `briefings/`: the one table that the content checker, Astro's content
 * config, the routes, the navigation and search all derive from.
 */
import type { z } from 'astro/zod';
import { citySchema } from './city.ts';
import type { CollectionName, ReferenceFn } from './common.ts';
import { countrySchema } from './country.ts';
import { meetingSchema } from './meeting.ts';
import { organisationSchema } from './organisation.ts';
import { personSchema } from './person.ts';
import { sourceSchema } from './source.ts';
import { summitSchema } from './summit.ts';
import { topicSchema } from './topic.ts';

export type { CollectionName, EntityRef, LocalizedText, ReferenceFn } from './common.ts';
export { plainReference } from './common.ts';

interface CollectionDef {
	/**
	 * `briefing`: one MDX file per entry in `briefings/<path>/`, with a bilingual body;
	 * `data`: entries of one YAML map `briefings/<path>`, keyed by id;
	 * `source`: one folder per source document in `briefings/<path>/`.
	 */
	storage: 'briefing' | 'data' | 'source';
	/** Folder or file under `briefings/`. */
	path: string;
	/** The entry schema, given the reference function to use. */
	schema: (reference: ReferenceFn) => z.ZodType;
}

/** Every collection, in the order the navigation lists them. */
export const COLLECTIONS = {
	people: { storage: 'briefing', path: 'people', schema: personSchema },
	summits: { storage: 'briefing', path: 'summits', schema: summitSchema },
	meetings: { storage: 'briefing', path: 'meetings', schema: meetingSchema },
	countries: { storage: 'data', path: 'countries.yaml', schema: countrySchema },
	cities: { storage: 'data', path: 'cities.yaml', schema: citySchema },
	organisations: { storage: 'data', path: 'organisations.yaml', schema: organisationSchema },
	topics: { storage: 'data', path: 'topics.yaml', schema: topicSchema },
	// Sources refer to nothing: their schema takes the reference function only to fit the table.
	sources: { storage: 'source', path: 'sources', schema: (_reference: ReferenceFn) => sourceSchema },
} as const satisfies Record<CollectionName, CollectionDef>;

/** The collection names, in navigation order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Collections whose entries are briefings with an MDX body: people, summits, meetings. */
export type BriefingCollection = {
	[C in CollectionName]: (typeof COLLECTIONS)[C]['storage'] extends 'briefing' ? C : never;
}[CollectionName];
export const BRIEFING_COLLECTIONS = COLLECTION_NAMES.filter(
	(name): name is BriefingCollection => COLLECTIONS[name].storage === 'briefing',
);

/** Collections of dated events, shown on the timeline. */
export const EVENT_COLLECTIONS = ['summits', 'meetings'] as const satisfies readonly BriefingCollection[];
export type EventCollection = (typeof EVENT_COLLECTIONS)[number];

/** The data of an entry of a collection, as the checker and the site see it. */
export type EntryData<C extends CollectionName> = z.output<ReturnType<(typeof COLLECTIONS)[C]['schema']>>;
