import { z } from 'astro/zod';
import {
	briefingFields,
	citations,
	isoDate,
	localizedText,
	outcome,
	reason,
	spellings,
	type ReferenceFn,
} from './common.ts';

/** What every participant entry has besides its role. */
const participantFields = (reference: ReferenceFn) => ({
	/** Who. */
	person: reference('people'),
	/** Source paragraphs that say so. */
	cites: citations(reference),
	/** Why the role is the author's inference, when the source does not say it outright. */
	inferred: reason.optional(),
});

/** One person's part in a summit. */
const participant = (reference: ReferenceFn) =>
	z.discriminatedUnion('role', [
		z.strictObject({
			/** Hosted or initiated the summit, as the source says. */
			role: z.literal('host'),
			...participantFields(reference),
		}),
		z.strictObject({
			/** Attended. */
			role: z.literal('attendee'),
			...participantFields(reference),
		}),
		z.strictObject({
			/** Listed as taking part, with another person representing them. */
			role: z.literal('represented'),
			/** Who represented them. */
			representedBy: reference('people'),
			...participantFields(reference),
		}),
	]);

/** A multilateral summit or meeting of heads of state: one MDX briefing in `briefings/summits/`. */
export const summitSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** Full name in each language, as the page title. */
		name: localizedText,
		/** Short name for lists, the timeline and the attendance matrix. */
		shortName: localizedText,
		/** Other names and spellings a reader might type. */
		spellings,
		/** Which meeting of its series this was (1 for the first). */
		edition: z.number().int().positive(),
		/** First day. */
		startDate: isoDate,
		/** Last day, when the sources give it; the same as `startDate` for a one-day meeting. */
		endDate: isoDate.optional(),
		/** The city it took place in (an id of `briefings/cities.yaml`). */
		city: reference('cities'),
		/** The country it took place in. */
		country: reference('countries'),
		/** The organisation whose summit it was, if any. */
		organiser: reference('organisations').optional(),
		/** Who took part, each with a role. */
		participants: z.array(participant(reference)).min(1),
		/** What it discussed. */
		topics: z.array(reference('topics')).default([]),
		/** What came out of it. */
		outcomes: z.array(outcome(reference)).default([]),
		...briefingFields(reference),
	});
