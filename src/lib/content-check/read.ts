/**
 * Reads every entry of every collection from `briefings/` as raw data, with
 * enough position information to point the author at the right line.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { readSourceDocument, SOURCE_META_FILE } from '../source-document.ts';
import type { Problem } from './problem.ts';

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
	/** The line a field path was written on, when known. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Ids are kebab-case so that the file name, the id and the URL are the same string. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function yamlLines(doc: Document, counter: LineCounter, prefix: readonly PropertyKey[], firstLine: number) {
	return (path: readonly PropertyKey[]): number | undefined => {
		for (let length = path.length; length >= 0; length--) {
			const node = doc.getIn([...prefix, ...path.slice(0, length)], true);
			const offset = (node as { range?: number[] } | undefined)?.range?.[0];
			if (typeof offset === 'number') return counter.linePos(offset).line + firstLine - 1;
		}
		return undefined;
	};
}

function parseYaml(text: string, file: string, firstLine: number, problems: Problem[]) {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
	for (const error of doc.errors) {
		const line = counter.linePos(error.pos[0]).line + firstLine - 1;
		const duplicate = error.code === 'DUPLICATE_KEY';
		problems.push({
			file,
			line,
			field: duplicate ? 'id' : 'yaml',
			message: duplicate
				? `${error.message.split('\n')[0]}; expected each id once (duplicate id)`
				: `${error.message.split('\n')[0]}; expected valid YAML`,
		});
	}
	return { doc, counter, ok: doc.errors.length === 0 };
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
		const text = await readFile(join(folder, name), 'utf8');
		const match = FRONTMATTER.exec(text);
		if (!match) {
			problems.push({
				file,
				line: 1,
				field: 'frontmatter',
				message: 'missing; expected the file to start with a --- frontmatter block ---',
			});
			continue;
		}
		const { doc, counter, ok } = parseYaml(match[1] ?? '', file, 2, problems);
		if (!ok) continue;
		entries.push({
			collection,
			id,
			file,
			data: doc.toJS() ?? {},
			body: text.slice(match[0].length),
			bodyLineOffset: match[0].split('\n').length - 1,
			lineOf: yamlLines(doc, counter, [], 2),
		});
	}
	return entries;
}

async function readDataFile(briefings: string, collection: CollectionName, problems: Problem[]) {
	const path = join(briefings, COLLECTIONS[collection].path);
	const file = relative(process.cwd(), path);
	const text = await readFile(path, 'utf8').catch(() => undefined);
	if (text === undefined) {
		problems.push({ file, field: 'file', message: `missing; expected a YAML map of ${collection} keyed by id` });
		return [];
	}
	const { doc, counter, ok } = parseYaml(text, file, 1, problems);
	if (!ok) return [];
	const data = doc.toJS() as unknown;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		problems.push({ file, line: 1, field: 'file', message: `expected a YAML map of ${collection} keyed by id` });
		return [];
	}
	return Object.entries(data as Record<string, unknown>).map(([id, value]): RawEntry => ({
		collection,
		id,
		file,
		data: value,
		bodyLineOffset: 0,
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
		try {
			const source = await readSourceDocument(join(folder, id));
			for (const p of source.problems) problems.push({ file, field: p.field, message: p.message });
			entries.push({ collection, id, file, data: source.data, bodyLineOffset: 0, lineOf: () => undefined });
		} catch (error) {
			problems.push({
				file,
				field: 'file',
				message: `cannot be read (${(error as Error).message}); expected ${SOURCE_META_FILE} and the original text`,
			});
		}
	}
	return entries;
}

/**
 * Reads all collections under the `briefings` folder. Files that cannot be
 * parsed become problems, not entries. File names are reported relative to
 * the working directory.
 */
export async function readAllEntries(briefings: string, problems: Problem[]): Promise<RawEntry[]> {
	const readers = { briefing: readBriefings, data: readDataFile, source: readSources };
	const lists = await Promise.all(
		COLLECTION_NAMES.map((name) => readers[COLLECTIONS[name].storage](briefings, name, problems)),
	);
	return lists.flat();
}
