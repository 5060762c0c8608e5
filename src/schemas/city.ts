import { z } from 'astro/zod';
import { localizedText, nameFields, sourcedFields, type ReferenceFn } from './common.ts';

/** A city where events took place: one entry of `briefings/cities.yaml`, keyed by id. */
export const citySchema = (reference: ReferenceFn) =>
	z.strictObject({
		...nameFields,
		/** The country it is in. */
		country: reference('countries'),
		/** Where it is, `[longitude, latitude]` in degrees, for the map (background knowledge: say where from). */
		coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
		/** One sentence on its place in the collection. */
		summary: localizedText,
		...sourcedFields(reference),
	});
