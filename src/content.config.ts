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

/** What the loader adds to every entry: when its file last changed (ISO 8601), from its history. */
const history = { changed: z.string() };
/** And to every briefing: its parsed body. Neither is ever written by authors. */
const body = { ...history, body: z.custom<BriefingBody>() };

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
		schema: COLLECTIONS.countries.schema(plainReference).safeExtend(history),
	}),
	cities: defineCollection({
		loader: briefingsLoader('cities'),
		schema: COLLECTIONS.cities.schema(plainReference).safeExtend(history),
	}),
	organisations: defineCollection({
		loader: briefingsLoader('organisations'),
		schema: COLLECTIONS.organisations.schema(plainReference).safeExtend(history),
	}),
	topics: defineCollection({
		loader: briefingsLoader('topics'),
		schema: COLLECTIONS.topics.schema(plainReference).safeExtend(history),
	}),
	sources: defineCollection({
		loader: briefingsLoader('sources'),
		schema: COLLECTIONS.sources.schema(plainReference).safeExtend(history),
	}),
} satisfies Record<keyof typeof COLLECTIONS, unknown>;
