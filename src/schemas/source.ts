import { z } from 'astro/zod';
import { isoDate, localizedText } from './common.ts';

/** One paragraph of a source, in the original and in translation. */
const paragraph = z.strictObject({
	/** Paragraph number, 1-based, as cited by `<Cite p="…">`. */
	n: z.number().int().positive(),
	/** The original text, exactly as received. */
	original: z.string().min(1),
	/** A faithful English translation. */
	en: z.string().min(1),
});

/**
 * A source document: a folder in `briefings/sources/` holding the original
 * text verbatim and a `source.yaml` with its metadata and translation.
 */
export const sourceSchema = z.strictObject({
	/** The headline or title in both languages. */
	title: localizedText,
	/** Language of the original text (BCP 47). */
	language: z.string().min(2),
	/** The dateline as printed. */
	dateline: z.string().min(1),
	/** Publication date. */
	date: isoDate,
	/** Places in the dateline, in both languages. */
	places: localizedText,
	/** What the copy lacks or how it was received, in both languages. */
	note: localizedText,
	/** The text's headline in the original. */
	originalTitle: z.string().min(1),
	/** The paragraphs, numbered from 1. */
	paragraphs: z.array(paragraph).min(1),
});
export type SourceData = z.infer<typeof sourceSchema>;
