/**
 * Building blocks shared by every entity schema.
 *
 * Schemas are plain zod (from `astro/zod`) so that the same definitions serve
 * Astro's content collections and the standalone content checker, which runs
 * before every build and reports all problems at once.
 */
import { z } from 'astro/zod';
import { isCalendarDate, isPartialDate } from '../lib/dates.ts';

/** Names of the collections that an entity may reference. */
export type CollectionName = 'people' | 'summits' | 'meetings' | 'countries' | 'organisations' | 'topics' | 'sources';

/** What a resolved reference looks like, in Astro and in the checker alike. */
export interface EntityRef<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/**
 * Makes the schema of a reference to another entry. Astro passes its own
 * `reference()`; the checker passes one that also proves the target exists.
 */
export type ReferenceFn = <C extends CollectionName>(collection: C) => z.ZodType<EntityRef<C>>;

/** A piece of text written in both languages of the site. */
export const localizedText = z.strictObject(
	{
		/** English text. */
		en: z.string().trim().min(1, 'must not be empty; expected English text'),
		/** Arabic text (modern standard Arabic). */
		ar: z.string().trim().min(1, 'must not be empty; expected Arabic text'),
	},
	{ error: 'expected text in English and Arabic, written { en: "…", ar: "…" }' },
);
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * A full calendar date written `YYYY-MM-DD`. YAML parsers that turn unquoted
 * dates into `Date` objects are accepted too, and normalised back to a string.
 */
export const isoDate = z
	.union([z.string(), z.date()])
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
	.refine(isCalendarDate, { message: 'is not a real calendar date; expected YYYY-MM-DD' });

/** A date that may be known only to the year or month: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = z
	.union([z.string(), z.number().int(), z.date()])
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
	.refine(isPartialDate, { message: 'is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD' });

/** Numbers of the source paragraphs that support a statement (¶1 is the first). */
export const paragraphList = z.array(z.number().int().positive()).min(1, 'must cite at least one source paragraph');

/** Other spellings of a name that readers might type: transliterations, Cyrillic, Arabic variants. */
export const spellings = z.array(z.string().trim().min(1)).default([]);

/**
 * Something that came out of an event. `kind` keeps the source's distinction
 * between what all sides agreed and what one leader only said.
 */
export const outcome = (reference: ReferenceFn) =>
	z.discriminatedUnion('kind', [
		z.strictObject({
			/** In a joint text, such as a communiqué, that all sides put their names to. */
			kind: z.literal('agreed'),
			/** The outcome in both languages. */
			text: localizedText,
			/** Source paragraphs it comes from. */
			cites: paragraphList,
		}),
		z.strictObject({
			/** Said by one participant only. */
			kind: z.literal('stated'),
			/** Who said it. */
			by: reference('people'),
			/** The statement in both languages. */
			text: localizedText,
			/** Source paragraphs it comes from. */
			cites: paragraphList,
		}),
	]);

/** Where an entity's facts come from: a source document and its paragraphs. */
export const sourcedFields = (reference: ReferenceFn) => ({
	/** The source document whose paragraphs `cites` and `<Cite p="…">` refer to. */
	source: reference('sources'),
	/** Source paragraphs that support the structured facts. */
	cites: paragraphList,
});

/**
 * Fields every briefing (person, summit, meeting) has: the page's summary,
 * the date its information is current to, and the source it is drawn from.
 */
export const briefingFields = (reference: ReferenceFn) => ({
	/** One sentence for lists, search results and the page description. */
	summary: localizedText,
	/** The date the briefing's information is current to. */
	asOf: isoDate,
	...sourcedFields(reference),
});
