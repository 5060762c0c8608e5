import { z } from 'astro/zod';
import { localizedText, sourcedFields, spellings, vocabulary, type ReferenceFn } from './common.ts';

/** A country: one entry of `briefings/countries.yaml`, keyed by its ISO 3166-1 alpha-2 code. */
export const countrySchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** Name in both languages. */
		name: localizedText,
		/** Other names and spellings a reader might type. */
		spellings,
		/** Other words readers search with. */
		vocabulary,
		/** One sentence on its place in the collection. */
		summary: localizedText,
		...sourcedFields(reference),
	});
