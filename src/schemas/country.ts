import { z } from 'astro/zod';
import { localizedText, nameFields, sourcedFields, spellings, type ReferenceFn } from './common.ts';

/** A country: one entry of `briefings/countries.yaml`, keyed by its ISO 3166-1 alpha-2 code. */
export const countrySchema = (reference: ReferenceFn) =>
	z.strictObject({
		...nameFields,
		/**
		 * Adjectives of the country that no rule makes from its name, in any language ("American",
		 * «الأمريكي», "американский"), so that `npm run new:source` finds the country in them.
		 */
		adjectives: spellings,
		/** One sentence on its place in the collection. */
		summary: localizedText,
		...sourcedFields(reference),
	});
