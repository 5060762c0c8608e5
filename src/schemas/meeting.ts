import { z } from 'astro/zod';
import { briefingFields, isoDate, localizedText, outcome, type ReferenceFn } from './common.ts';

/** A bilateral meeting between two leaders: one MDX briefing in `briefings/meetings/`. */
export const meetingSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** Title in each language. */
		name: localizedText,
		/** The day it took place (mark the year `inferred` when the source omits it). */
		date: isoDate,
		/** Face to face, or by video link. */
		format: z.enum(['in-person', 'virtual']),
		/** Where it took place (an id of `briefings/cities.yaml`); absent for a virtual meeting. */
		city: reference('cities').optional(),
		/** The two leaders who met. */
		sides: z.tuple([reference('people'), reference('people')]),
		/** The summit it was held alongside, if any. */
		summit: reference('summits').optional(),
		/** What it discussed. */
		topics: z.array(reference('topics')).default([]),
		/** What came out of it. */
		outcomes: z.array(outcome(reference)).default([]),
		...briefingFields(reference),
	});
