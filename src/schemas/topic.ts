import { z } from 'astro/zod';
import { localizedText, sourcedFields, spellings, vocabulary, type ReferenceFn } from './common.ts';

/** A subject discussed at summits and meetings: one entry of `briefings/topics.yaml`. */
export const topicSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** Name in both languages. */
		name: localizedText,
		/** Other forms of its name a reader might type. */
		spellings,
		/** Other words readers use for it ("global warming" for climate change). */
		vocabulary,
		/** One sentence on how the sources raise it. */
		summary: localizedText,
		...sourcedFields(reference),
	});
