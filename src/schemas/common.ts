/**
 * Building blocks shared by every entity schema.
 *
 * Schemas are plain zod (from `astro/zod`) so that the same definitions serve
 * Astro's content collections and the standalone content checker, which runs
 * before every build and reports all problems at once.
 */
import { z } from 'astro/zod';
import { isCalendarDate, isPartialDate } from '../lib/dates.ts';
import { languageName } from '../lib/language-table.ts';
import { eachLocale, LOCALES } from '../lib/locales.ts';
import { normalizeText } from '../lib/text-hygiene.ts';

/** Names of the collections, in the order the navigation lists them. */
export type CollectionName =
	'people' | 'summits' | 'meetings' | 'countries' | 'cities' | 'organisations' | 'topics' | 'sources';

/** What a resolved reference looks like, in Astro and in the checker alike. */
export interface EntityRef<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/**
 * Makes the schema of a reference to another entry. The checker passes one
 * that also proves the target exists and suggests the nearest id when not.
 */
export type ReferenceFn = <C extends CollectionName>(collection: C) => z.ZodType<EntityRef<C>, string>;

/** A reference that only gives the id its shape, for types and for data already checked. */
export const plainReference: ReferenceFn = (collection) => z.string().transform((id) => ({ collection, id }));

/** Text as authors type it, trimmed and NFC-normalised; `empty` is the message when nothing is left. */
const text = (empty = 'must not be empty') => z.string().transform(normalizeText).pipe(z.string().min(1, empty));

/** The site's languages as authors read them in a message: "English and Arabic". */
const languageList = new Intl.ListFormat('en', { type: 'conjunction' }).format(LOCALES.map((l) => languageName(l)));

/** A piece of text written in every language of the site: `{ en: "…", ar: "…" }`, each non-empty. */
export const localizedText = z.strictObject(
	eachLocale((locale) => text(`must not be empty; expected ${languageName(locale)} text`)),
	{ error: `expected text in ${languageList}, written { ${LOCALES.map((l) => `${l}: "…"`).join(', ')} }` },
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

/** Paragraph numbers of a source (¶1 is the first). */
const paragraphNumbers = z
	.union([z.number().int().positive(), z.array(z.number().int().positive()).min(1)])
	.transform((p) => (Array.isArray(p) ? p : [p]));

/**
 * Where a statement comes from. A number is a paragraph of the entry's primary
 * `source`; `{ source, p }` names another source and its paragraphs.
 */
export const citation = (reference: ReferenceFn) =>
	z.union(
		[
			z.number().int().positive(),
			z.strictObject({
				/** The source cited. */
				source: reference('sources'),
				/** Its paragraphs: `3` or `[3, 4]`. */
				p: paragraphNumbers,
			}),
		],
		{ error: 'expected a paragraph number, or { source: source-id, p: [paragraph numbers] }' },
	);

/** The citations behind a statement: at least one. */
export const citations = (reference: ReferenceFn) =>
	z.array(citation(reference)).min(1, 'must cite at least one source paragraph');

/** The reason a fact is the author's inference, or where outside knowledge comes from, in each language. */
export const reason = localizedText;

/**
 * Facts of this entry that the source does not state, keyed by field name
 * (`date`, `city`, `summit`, `office` …): for each, the reason in each language.
 */
export const provenanceMap = z.record(z.string(), reason);

/** The provenance fields any entry may carry beside its citations. */
export const provenanceFields = {
	/** Facts the author infers from the source, each with the reason (`date: { en, ar }`). */
	inferred: provenanceMap.optional(),
	/** Facts from outside the source, each saying where it comes from. */
	background: provenanceMap.optional(),
};

/** Other spellings of a name that readers might type: transliterations, Cyrillic, Arabic variants. */
export const spellings = z.array(text()).default([]);

/**
 * Other words readers use for the subject (not names): "communiqué" for a joint
 * statement, «الاحتباس الحراري» for climate change. Indexed for search.
 */
export const vocabulary = z
	/** The words and phrases in each language of the site. */
	.strictObject(eachLocale(() => z.array(text()).default([])))
	.optional();

/**
 * How readers find an entity that is not a briefing (country, city,
 * organisation, topic): its name and the other words they might type for it.
 */
export const nameFields = {
	/** Name in each language. */
	name: localizedText,
	/** Other names and spellings a reader might type. */
	spellings,
	/** Other words readers search with. */
	vocabulary,
};

/** When a briefing last changed and why, when its history does not say enough. */
export const updated = (reference: ReferenceFn) =>
	z
		.strictObject({
			/** The day of the change; otherwise the file's last commit (or its modification time). */
			date: isoDate.optional(),
			/** The source whose arrival prompted the change. */
			source: reference('sources').optional(),
			/** What changed, in each language. */
			note: localizedText.optional(),
		})
		.optional();

/**
 * Two or more sources giving different values for one fact. The briefing shows
 * every value with its citation; the Open questions page lists them all.
 */
export const dispute = (reference: ReferenceFn) =>
	z.strictObject({
		/**
		 * The fact in question: a field of this entry (`date`, `city` …), or
		 * `participants.<person id>` for a person's role or attendance.
		 */
		fact: z.string().min(1),
		/** What the fact is, in each language ("Date of the meeting"). */
		about: localizedText,
		/** What each source says: at least two values, each cited. */
		variants: z
			.array(
				z.strictObject({
					/** The value as this source gives it, in each language. */
					value: localizedText,
					/** Where it says so. */
					cites: citations(reference),
				}),
			)
			.min(2, 'must list at least two values; expected one per source that differs'),
	});

/**
 * Something that came out of an event. `kind` keeps the source's distinction
 * between what all sides agreed and what one leader only said.
 */
export const outcome = (reference: ReferenceFn) =>
	z.discriminatedUnion('kind', [
		z.strictObject({
			/** In a joint text, such as a communiqué, that all sides put their names to. */
			kind: z.literal('agreed'),
			/** The outcome in each language. */
			text: localizedText,
			/** Source paragraphs it comes from. */
			cites: citations(reference),
			/** Why this is the author's inference, when the source does not say it outright. */
			inferred: reason.optional(),
		}),
		z.strictObject({
			/** Said by one participant only. */
			kind: z.literal('stated'),
			/** Who said it. */
			by: reference('people'),
			/** The statement in each language. */
			text: localizedText,
			/** Source paragraphs it comes from. */
			cites: citations(reference),
			/** Why this is the author's inference, when the source does not say it outright. */
			inferred: reason.optional(),
		}),
	]);

/** Where an entity's facts come from: its primary source, the paragraphs behind its facts, and their provenance. */
export const sourcedFields = (reference: ReferenceFn) => ({
	/**
	 * The primary source: bare paragraph numbers (`cites: [4]`, `<Cite p="4" />`)
	 * refer to it. Leave it out only if every citation names its source.
	 */
	source: reference('sources').optional(),
	/** Source paragraphs that support the structured facts. */
	cites: citations(reference),
	/**
	 * The paragraphs that state one fact, by field, where fewer than all of
	 * `cites` do (`factCites: { office: [5] }`): the key facts show the fact
	 * with its own citations. A person's office and country must be cited to
	 * paragraphs that name the person.
	 */
	factCites: z.record(z.string(), citations(reference)).optional(),
	...provenanceFields,
});

/**
 * Fields every briefing (person, summit, meeting) has: the page's summary,
 * its sources, when it changed, and any facts its sources disagree on.
 */
export const briefingFields = (reference: ReferenceFn) => ({
	/** One sentence for lists, search results and the page description; never an inference stated as fact. */
	summary: localizedText,
	/** Other words readers search with. */
	vocabulary,
	/** Facts the sources give differently. */
	disputes: z.array(dispute(reference)).default([]),
	/** When it last changed and what prompted it, if its file history is not enough. */
	updated: updated(reference),
	...sourcedFields(reference),
});
