/**
 * Reads a source document folder: the original text kept exactly as received,
 * and `source.yaml` with its metadata and, for each site language the original
 * is not written in, a paragraph-by-paragraph translation. The original is
 * never copied into YAML, so it cannot drift from what we hold.
 */
import { join, relative } from 'node:path';
import { languageName, type Locale } from '../lib/language-table.ts';
import { eachLocale, LOCALES } from '../lib/locales.ts';
import { digestOf, readText } from './files.ts';
import type { Problem } from './problem.ts';
import { parseYaml, yamlLines } from './yaml.ts';

/** Name of the metadata file inside a source folder. */
export const SOURCE_META_FILE = 'source.yaml';

export interface RawSourceDocument {
	/** Everything in source.yaml except the layout fields, plus the paragraphs; undefined if unreadable. */
	data?: Record<string, unknown>;
	problems: Problem[];
	digest: string;
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Paragraph N of the original is the N-th non-blank line after the first
 * `skipLines` lines (headline and page furniture).
 */
export function splitParagraphs(text: string, skipLines: number): string[] {
	return text
		.split(/\r\n?|\n/)
		.slice(skipLines)
		.map((line) => line.trimEnd())
		.filter((line) => line.trim() !== '');
}

export async function readSourceDocument(folder: string, file: string): Promise<RawSourceDocument> {
	const problems: Problem[] = [];
	const meta = await readText(join(folder, SOURCE_META_FILE), file);
	problems.push(...meta.problems);
	const none = { problems, digest: '', lineOf: () => undefined };
	if (meta.text === undefined) return none;
	const { ok, data, doc, counter } = parseYaml(meta.text, file, 1, problems);
	if (!ok) return none;
	const lineOf = yamlLines(doc, counter, [], 1);
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		problems.push({
			file,
			line: 1,
			field: 'file',
			message: 'expected the source’s metadata as YAML fields (title: …)',
		});
		return { ...none, lineOf };
	}
	const { originalFile, skipLines, translations, ...rest } = data as Record<string, unknown>;
	if (typeof originalFile !== 'string') {
		problems.push({
			file,
			line: 1,
			field: 'originalFile',
			message: 'missing; expected the name of the original text file in this folder',
		});
		return { ...none, lineOf };
	}
	const originalPath = join(folder, originalFile);
	const original = await readText(originalPath, relative(process.cwd(), originalPath));
	problems.push(...original.problems);
	if (original.text === undefined) return { ...none, lineOf };
	const paragraphs = splitParagraphs(original.text, typeof skipLines === 'number' ? skipLines : 0);
	const language = typeof rest['language'] === 'string' ? rest['language'] : '';

	const byLocale = {} as Record<Locale, string[]>;
	const given = (translations ?? {}) as Partial<Record<string, unknown>>;
	for (const locale of LOCALES) {
		if (language === locale) {
			byLocale[locale] = paragraphs;
			if (given[locale] !== undefined) {
				problems.push({
					file,
					line: lineOf(['translations', locale]),
					field: `translations.${locale}`,
					message: `the original is already in this language; expected no ${locale} translation`,
				});
			}
			continue;
		}
		const list = Array.isArray(given[locale]) ? (given[locale] as unknown[]).map(String) : [];
		if (list.length !== paragraphs.length) {
			problems.push({
				file,
				line: lineOf(['translations', locale]) ?? lineOf(['translations']),
				field: `translations.${locale}`,
				message: `has ${list.length} paragraphs; expected ${paragraphs.length}, one per paragraph of ${originalFile}`,
			});
		}
		byLocale[locale] = paragraphs.map((_, i) => (list[i] ?? '').trim());
		byLocale[locale].forEach((text, i) => {
			if (text !== '' || i >= list.length) return;
			problems.push({
				file,
				line: lineOf(['translations', locale, i]),
				field: `translations.${locale}[${i}]`,
				message: `is empty; expected the ${languageName(locale)} translation of ¶${i + 1}`,
			});
		});
	}
	return {
		data: {
			...rest,
			// A missing translation has been reported; the original stands in for it, so the
			// rest of the metadata is still checked (nothing is built while a problem remains).
			paragraphs: paragraphs.map((text, i) => ({
				n: i + 1,
				original: text,
				...eachLocale((locale) => byLocale[locale][i] || text),
			})),
		},
		problems,
		digest: digestOf(meta.text, original.text),
		lineOf,
	};
}
