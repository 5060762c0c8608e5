/**
 * Astro content collections over `briefings/`, one per entry of the table in
 * `src/schemas/`. Every collection is filled by the same loader, from one
 * checked read of the content; briefings carry their parsed body as `body`.
 */
import { z } from 'astro/zod';
import { defineCollection } from 'astro:content';
import { briefingsLoader } from './build/content/loader.ts';
import type { BriefingBody } from './lib/body/tree.ts';
import { COLLECTIONS, plainReference } from './schemas/index.ts';

/** The parsed body of a briefing, as the loader stores it (never written by authors). */
const body = { body: z.custom<BriefingBody>() };

export const collections = {
	people: defineCollection({
		loader: briefingsLoader('people'),
		schema: COLLECTIONS.people.schema(plainReference).safeExtend(body),
	}),
	summits: defineCollection({
		loader: briefingsLoader('summits'),
		schema: COLLECTIONS.summits.schema(plainReference).safeExtend(body),
	}),
	meetings: defineCollection({
		loader: briefingsLoader('meetings'),
		schema: COLLECTIONS.meetings.schema(plainReference).safeExtend(body),
	}),
	countries: defineCollection({
		loader: briefingsLoader('countries'),
		schema: COLLECTIONS.countries.schema(plainReference),
	}),
	cities: defineCollection({ loader: briefingsLoader('cities'), schema: COLLECTIONS.cities.schema(plainReference) }),
	organisations: defineCollection({
		loader: briefingsLoader('organisations'),
		schema: COLLECTIONS.organisations.schema(plainReference),
	}),
	topics: defineCollection({ loader: briefingsLoader('topics'), schema: COLLECTIONS.topics.schema(plainReference) }),
	sources: defineCollection({ loader: briefingsLoader('sources'), schema: COLLECTIONS.sources.schema() }),
} satisfies Record<keyof typeof COLLECTIONS, unknown>;
