import { z } from 'astro/zod';
import { localizedText, nameFields, sourcedFields, type ReferenceFn } from './common.ts';

/**
 * A subject discussed at summits and meetings: one entry of `briefings/topics.yaml`.
 * Its `vocabulary` holds the other words readers use for it ("global warming"
 * for climate change).
 */
export const topicSchema = (reference: ReferenceFn) =>
	z.strictObject({
		...nameFields,
		/** One sentence on how the sources raise it. */
		summary: localizedText,
		...sourcedFields(reference),
	});
