/**
 * Astro content collections over `briefings/`, one per entry of the table in
 * `src/schemas/`. Every collection is filled by the same loader, from one
 * checked read of the content. A briefing's MDX body is Astro's to render
 * (`render(entry)`, compiled by @astrojs/mdx); its parse, which the checker
 * made, rides along as `parsed` for what the site reads from it (links,
 * citations, statements, search stems).
 */
import { z } from 'astro/zod';
import { defineCollection } from 'astro:content';
import { briefingsLoader } from './checker/loader.ts';
import type { BriefingBody } from './lib/body/tree.ts';
import { COLLECTIONS, plainReference, type CollectionName } from './schemas/index.ts';

/** What the loader adds to every entry: when its file last changed (ISO 8601), from its history. */
const history = { changed: z.string() };
/** And to every briefing: its body's parse. Neither is ever written by authors. */
const body = { ...history, parsed: z.custom<BriefingBody>() };

/** The collection `name`, filled by the one loader; `schema` is passed, not looked up, to keep its precise type. */
function collection<Schema extends z.ZodType>(name: CollectionName, schema: Schema) {
	return defineCollection({ loader: briefingsLoader(name), schema });
}

const { people, summits, meetings, countries, cities, organisations, topics, sources } = COLLECTIONS;

export const collections = {
	people: collection('people', people.schema(plainReference).safeExtend(body)),
	summits: collection('summits', summits.schema(plainReference).safeExtend(body)),
	meetings: collection('meetings', meetings.schema(plainReference).safeExtend(body)),
	countries: collection('countries', countries.schema(plainReference).safeExtend(history)),
	cities: collection('cities', cities.schema(plainReference).safeExtend(history)),
	organisations: collection('organisations', organisations.schema(plainReference).safeExtend(history)),
	topics: collection('topics', topics.schema(plainReference).safeExtend(history)),
	sources: collection('sources', sources.schema(plainReference).safeExtend(history)),
} satisfies Record<CollectionName, unknown>;
