import { z } from 'astro/zod';
import { briefingFields, localizedText, spellings, type ReferenceFn } from './common.ts';

/** A leader or official: one MDX briefing in `briefings/people/`. */
export const personSchema = (reference: ReferenceFn) =>
	z
		.strictObject({
			/** Full name in each language, as the page title. */
			name: localizedText,
			/** The short name used in running text and lists (usually the surname). */
			shortName: localizedText,
			/** Other spellings a reader might type: Latin transliterations, Cyrillic, Arabic variants. */
			spellings,
			/** Office held at the time the sources describe, in their words. */
			office: localizedText,
			/** The country the person serves; absent for officials of an international body. */
			country: reference('countries').optional(),
			/** The international body the person serves, for officials such as EU presidents. */
			organisation: reference('organisations').optional(),
			...briefingFields(reference),
		})
		.refine((person) => person.country !== undefined || person.organisation !== undefined, {
			path: ['country'],
			message: 'missing; expected the country (or organisation) the person serves',
		});
