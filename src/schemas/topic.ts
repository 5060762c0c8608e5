import { z } from 'astro/zod';
import { localizedText, sourcedFields, spellings, type ReferenceFn } from './common.ts';

/** A subject discussed at summits and meetings: one entry of `briefings/topics.yaml`. */
export const topicSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** Name in both languages. */
		name: localizedText,
		/** Other words a reader might search for. */
		spellings,
		/** One sentence on how the source raises it. */
		summary: localizedText,
		...sourcedFields(reference),
	});
