import { z } from 'astro/zod';
import { briefingFields, isoDate, localizedText, outcome, type ReferenceFn } from './common.ts';

/** A bilateral meeting between two leaders: one MDX briefing in `briefings/meetings/`. */
export const meetingSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** Title in both languages. */
		name: localizedText,
		/** The day it took place. */
		date: isoDate,
		/** Why the date is not stated by the source, when it is inferred; absent when the source gives it. */
		dateInferred: localizedText.optional(),
		/** Face to face, or by video link. */
		format: z.enum(['in-person', 'virtual']),
		/** Where it took place; absent for a virtual meeting. */
		city: localizedText.optional(),
		/** The two leaders who met. */
		sides: z.tuple([reference('people'), reference('people')]),
		/** The summit on whose margins it took place, if any. */
		summit: reference('summits').optional(),
		/** What it discussed. */
		topics: z.array(reference('topics')).default([]),
		/** What came out of it. */
		outcomes: z.array(outcome(reference)).default([]),
		...briefingFields(reference),
	});
