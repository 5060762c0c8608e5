import { z } from 'astro/zod';
import { eachLocale } from '../lib/locales.ts';
import { isoDate, localizedText, provenanceFields } from './common.ts';

/** One paragraph of a source: the original, and its text in each site language. */
const paragraph = z.strictObject({
	/** Paragraph number, 1-based, as cited by `<Cite p="…">`. */
	n: z.number().int().positive(),
	/** The original text, exactly as received. */
	original: z.string().min(1),
	/** The paragraph in each language of the site: the original if it is in that language, otherwise a faithful translation. */
	...eachLocale(() => z.string().min(1)),
});

/**
 * A source document: a folder in `briefings/sources/` holding the original
 * text exactly as received and a `source.yaml` with its metadata and, for
 * each site language the original is not in, a paragraph-by-paragraph translation.
 */
export const sourceSchema = z.strictObject({
	/** What kind of document it is. */
	kind: z.enum(['article', 'statement', 'communique', 'transcript', 'report']),
	/** The headline or title in each language. */
	title: localizedText,
	/** The headline or title in the original, if it has one. */
	originalTitle: z.string().min(1).optional(),
	/** Language of the original text (BCP 47, such as `ar`, `en`, `ru`). */
	language: z
		.string()
		.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'is not a language tag; expected a BCP 47 tag such as ar, en or ru'),
	/** Who published it, when known. */
	publisher: localizedText.optional(),
	/** Publication date (mark the year `inferred` when the dateline omits it). */
	date: isoDate,
	/** The dateline as printed, if any. */
	dateline: z.string().min(1).optional(),
	/** Places in the dateline, in each language. */
	places: localizedText.optional(),
	/** Where the original was found, kept as text: the site never links out of itself. */
	address: z.string().min(1).optional(),
	/** What the copy lacks or how it was received, in each language. */
	note: localizedText.optional(),
	/** The paragraphs, numbered from 1. */
	paragraphs: z.array(paragraph).min(1),
	...provenanceFields,
});
export type SourceData = z.infer<typeof sourceSchema>;
