import { z } from 'astro/zod';
import {
	briefingFields,
	isoDate,
	localizedText,
	outcome,
	paragraphList,
	spellings,
	type ReferenceFn,
} from './common.ts';

/** One person's part in a summit. */
const participant = (reference: ReferenceFn) =>
	z.discriminatedUnion('role', [
		z.strictObject({
			/** Convened and chaired the summit. */
			role: z.literal('host'),
			/** Who. */
			person: reference('people'),
			/** Source paragraphs that say so. */
			cites: paragraphList,
		}),
		z.strictObject({
			/** Attended in person. */
			role: z.literal('attendee'),
			/** Who. */
			person: reference('people'),
			/** Source paragraphs that say so. */
			cites: paragraphList,
		}),
		z.strictObject({
			/** Did not attend; another person represented them. */
			role: z.literal('represented'),
			/** Who was represented. */
			person: reference('people'),
			/** Who attended in their place. */
			representedBy: reference('people'),
			/** Source paragraphs that say so. */
			cites: paragraphList,
		}),
	]);

/** A multilateral summit or meeting of heads of state: one MDX briefing in `briefings/summits/`. */
export const summitSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** Full name in both languages, as the page title. */
		name: localizedText,
		/** Short name for lists, the timeline and the attendance matrix. */
		shortName: localizedText,
		/** Other names and spellings a reader might type. */
		spellings,
		/** Which meeting of its series this was (1 for the first). */
		edition: z.number().int().positive(),
		/** First day. */
		startDate: isoDate,
		/** Last day; the same as `startDate` for a one-day summit. */
		endDate: isoDate,
		/** The city it took place in. */
		city: localizedText,
		/** The country it took place in. */
		country: reference('countries'),
		/** The organisation whose summit it was, if any. */
		organiser: reference('organisations').optional(),
		/** Who attended, each with a role. */
		participants: z.array(participant(reference)).min(1),
		/** What it discussed. */
		topics: z.array(reference('topics')).default([]),
		/** What came out of it. */
		outcomes: z.array(outcome(reference)).default([]),
		...briefingFields(reference),
	});
