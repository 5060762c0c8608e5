/**
 * Reads every entry of every collection from `briefings/` as raw data, with
 * enough position information to point the author at the right line. Files
 * that cannot be read or parsed become problems, never exceptions.
 */
import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import { digestOf, readText } from './files.ts';
import { parseYaml, yamlLines } from './yaml.ts';
import type { Problem } from './problem.ts';
import { readSourceDocument, SOURCE_META_FILE } from './source-document.ts';

export interface RawEntry {
	collection: CollectionName;
	id: string;
	/** File path relative to the working directory. */
	file: string;
	/** Frontmatter or YAML data, as written. */
	data: unknown;
	/** MDX body, for briefings. */
	body?: string;
	/** Number of file lines before the body starts. */
	bodyLineOffset: number;
	/** A hash of everything the entry was read from: it changes when, and only when, the entry does. */
	digest: string;
	/** The line a field path was written on, when known. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** True for a source folder that could not be read whole: its id is known, its problems reported. */
	broken?: boolean;
}

/** Ids are kebab-case so that the file name, the id and the URL are the same string. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONTMATTER = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

/** An entry that could not be read whole: its id is known, so links to it are not reported as unknown. */
function brokenEntry(collection: CollectionName, id: string, file: string): RawEntry {
	return { collection, id, file, data: {}, bodyLineOffset: 0, digest: '', lineOf: () => undefined, broken: true };
}

async function readBriefings(briefings: string, collection: CollectionName, problems: Problem[]) {
	const folder = join(briefings, COLLECTIONS[collection].path);
	const entries: RawEntry[] = [];
	const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => !n.startsWith('.')).sort();
	for (const name of names) {
		const file = relative(process.cwd(), join(folder, name));
		if (extname(name) !== '.mdx') {
			problems.push({
				file,
				field: 'file',
				message: `"${name}" is not an .mdx file; expected only .mdx briefings in this folder`,
			});
			continue;
		}
		const id = basename(name, '.mdx');
		const { text, problems: textProblems } = await readText(join(folder, name), file);
		problems.push(...textProblems);
		const match = text === undefined ? null : FRONTMATTER.exec(text);
		if (text !== undefined && !match) {
			problems.push({
				file,
				line: 1,
				field: 'frontmatter',
				message: 'missing; expected the file to start with a --- frontmatter block ---',
			});
		}
		const yaml = match ? parseYaml(match[1] ?? '', file, 2, problems) : undefined;
		const data = yaml?.data;
		if (yaml?.ok && (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data))) {
			problems.push({
				file,
				line: 2,
				field: 'frontmatter',
				message: `got ${data === null || data === undefined ? 'nothing' : 'a list or a value'}; expected the briefing's fields, one per line (name: …)`,
			});
		}
		if (text === undefined || !match || !yaml?.ok || data === null || typeof data !== 'object' || Array.isArray(data)) {
			entries.push(brokenEntry(collection, id, file));
			continue;
		}
		const { doc, counter } = yaml;
		entries.push({
			collection,
			id,
			file,
			data,
			body: text.slice(match[0].length),
			bodyLineOffset: match[0].split('\n').length - 1,
			digest: digestOf(text),
			lineOf: yamlLines(doc, counter, [], 2),
		});
	}
	return entries;
}

async function readDataFile(briefings: string, collection: CollectionName, problems: Problem[]) {
	const path = join(briefings, COLLECTIONS[collection].path);
	const file = relative(process.cwd(), path);
	const { text, problems: textProblems } = await readText(path, file);
	problems.push(...textProblems);
	if (text === undefined) {
		if (textProblems.length === 0)
			problems.push({ file, field: 'file', message: `missing; expected a YAML map of ${collection} keyed by id` });
		return [];
	}
	const { doc, counter, ok, data } = parseYaml(text, file, 1, problems);
	if (!ok) return [];
	if (data === null || data === undefined) return [];
	if (typeof data !== 'object' || Array.isArray(data)) {
		problems.push({ file, line: 1, field: 'file', message: `expected a YAML map of ${collection} keyed by id` });
		return [];
	}
	return Object.entries(data as Record<string, unknown>).map(([id, value]): RawEntry => ({
		collection,
		id,
		file,
		data: value,
		bodyLineOffset: 0,
		digest: digestOf(JSON.stringify(value) ?? ''),
		lineOf: yamlLines(doc, counter, [id], 1),
	}));
}

async function readSources(briefings: string, collection: CollectionName, problems: Problem[]) {
	const folder = join(briefings, COLLECTIONS[collection].path);
	const names = (await readdir(folder, { withFileTypes: true }).catch(() => []))
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
	const entries: RawEntry[] = [];
	for (const id of names) {
		const file = relative(process.cwd(), join(folder, id, SOURCE_META_FILE));
		const source = await readSourceDocument(join(folder, id), file);
		problems.push(...source.problems);
		entries.push(
			source.data === undefined
				? brokenEntry(collection, id, file)
				: { collection, id, file, data: source.data, bodyLineOffset: 0, digest: source.digest, lineOf: source.lineOf },
		);
	}
	return entries;
}

/**
 * Reads all collections under the `briefings` folder. Files that cannot be
 * read or parsed become problems, not entries. File names are reported
 * relative to the working directory.
 */
export async function readAllEntries(briefings: string, problems: Problem[]): Promise<RawEntry[]> {
	const readers = { briefing: readBriefings, data: readDataFile, source: readSources };
	const lists = await Promise.all(
		COLLECTION_NAMES.map((name) => readers[COLLECTIONS[name].storage](briefings, name, problems)),
	);
	return lists.flat();
}
