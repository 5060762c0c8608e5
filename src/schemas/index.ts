/**
 * The collections of the briefing site and where their content lives in
 * `briefings/`. Astro's content config and the content checker both read
 * this table, so the two can never disagree about what content is.
 */
import type { z } from 'astro/zod';
import type { CollectionName, ReferenceFn } from './common.ts';
import { countrySchema } from './country.ts';
import { meetingSchema } from './meeting.ts';
import { organisationSchema } from './organisation.ts';
import { personSchema } from './person.ts';
import { sourceSchema } from './source.ts';
import { summitSchema } from './summit.ts';
import { topicSchema } from './topic.ts';

export type { CollectionName, EntityRef, ReferenceFn, LocalizedText } from './common.ts';

interface CollectionDef {
	/**
	 * `briefing`: one MDX file per entry in `briefings/<dir>/`, with a bilingual body;
	 * `data`: entries of one YAML map `briefings/<file>`, keyed by id;
	 * `source`: one folder per source document in `briefings/<dir>/`.
	 */
	storage: 'briefing' | 'data' | 'source';
	/** Folder or file under `briefings/`. */
	path: string;
	/** The entry schema, given the reference function to use. */
	schema: (reference: ReferenceFn) => z.ZodType;
}

export const COLLECTIONS = {
	people: { storage: 'briefing', path: 'people', schema: personSchema },
	summits: { storage: 'briefing', path: 'summits', schema: summitSchema },
	meetings: { storage: 'briefing', path: 'meetings', schema: meetingSchema },
	countries: { storage: 'data', path: 'countries.yaml', schema: countrySchema },
	organisations: { storage: 'data', path: 'organisations.yaml', schema: organisationSchema },
	topics: { storage: 'data', path: 'topics.yaml', schema: topicSchema },
	sources: { storage: 'source', path: 'sources', schema: () => sourceSchema },
} satisfies Record<CollectionName, CollectionDef>;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Collections whose entries are briefings with an MDX body. */
export const BRIEFING_COLLECTIONS = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].storage === 'briefing');

/**
 * The folder the content is read from: `briefings/`, or `BRIEFINGS_DIR` when
 * set (tests and the benchmark build other collections with the same code).
 */
export function briefingsDir(): string {
	return process.env['BRIEFINGS_DIR'] ?? 'briefings';
}
