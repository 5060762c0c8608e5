import { z } from 'astro/zod';
import {
	citations,
	localizedText,
	nameFields,
	partialDate,
	reason,
	sourcedFields,
	type ReferenceFn,
} from './common.ts';

/** A dated event in an organisation's history, shown on the timeline. */
const milestone = (reference: ReferenceFn) =>
	z.strictObject({
		/** When: a year, month or day. */
		date: partialDate,
		/** What happened, in each language. */
		text: localizedText,
		/** Who was behind it, if the source says. */
		by: reference('people').optional(),
		/** Source paragraphs that say so. */
		cites: citations(reference),
		/** Why this is the author's inference, when the source does not say it outright. */
		inferred: reason.optional(),
	});

/** An international organisation or body: one entry of `briefings/organisations.yaml`. */
export const organisationSchema = (reference: ReferenceFn) =>
	z.strictObject({
		...nameFields,
		/** Acronym or short name, in each language. */
		shortName: localizedText,
		/** The organisation it belongs to, if any (the European Commission to the EU). */
		partOf: reference('organisations').optional(),
		/** One sentence on what it is. */
		summary: localizedText,
		/** Dated events in its history. */
		milestones: z.array(milestone(reference)).default([]),
		...sourcedFields(reference),
	});
