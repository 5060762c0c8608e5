import { z } from 'astro/zod';
import { localizedText, nameFields, sourcedFields, type ReferenceFn } from './common.ts';

/** A country: one entry of `briefings/countries.yaml`, keyed by its ISO 3166-1 alpha-2 code. */
export const countrySchema = (reference: ReferenceFn) =>
	z.strictObject({
		...nameFields,
		/** One sentence on its place in the collection. */
		summary: localizedText,
		...sourcedFields(reference),
	});
