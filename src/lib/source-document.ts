/**
 * Reads a source document folder: the original text kept exactly as received,
 * plus `source.yaml` with metadata and a paragraph-by-paragraph translation.
 * The original is never copied into YAML, so it cannot drift from what we hold.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Name of the metadata file inside a source folder. */
export const SOURCE_META_FILE = 'source.yaml';

export interface RawSourceDocument {
	/** Everything in source.yaml except the layout fields, plus the paragraphs. */
	data: Record<string, unknown>;
	/** Problems found while pairing the original with its translation. */
	problems: { field: string; message: string }[];
}

/**
 * Paragraph N of the original is the N-th non-blank line after the first
 * `skipLines` lines (headline and page furniture).
 */
export function splitParagraphs(text: string, skipLines: number): string[] {
	return text
		.split(/\r?\n/)
		.slice(skipLines)
		.map((line) => line.trimEnd())
		.filter((line) => line.trim() !== '');
}

export async function readSourceDocument(folder: string): Promise<RawSourceDocument> {
	const meta = (parse(await readFile(join(folder, SOURCE_META_FILE), 'utf8')) ?? {}) as Record<string, unknown>;
	const { originalFile, skipLines, translation, ...rest } = meta;
	const problems: RawSourceDocument['problems'] = [];
	if (typeof originalFile !== 'string') {
		problems.push({ field: 'originalFile', message: 'missing; expected the name of the original text file' });
		return { data: rest, problems };
	}
	const original = splitParagraphs(
		await readFile(join(folder, originalFile), 'utf8'),
		typeof skipLines === 'number' ? skipLines : 0,
	);
	const english = Array.isArray(translation) ? translation : [];
	if (english.length !== original.length) {
		problems.push({
			field: 'translation',
			message: `has ${english.length} paragraphs; expected ${original.length}, one per paragraph of ${originalFile}`,
		});
	}
	const paragraphs = original.map((text, index) => ({
		n: index + 1,
		original: text,
		en: String(english[index] ?? ''),
	}));
	return { data: { ...rest, paragraphs }, problems };
}
