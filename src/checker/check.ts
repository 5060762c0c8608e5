/**
 * The content checker: proves the whole of `briefings/` is well formed before
 * Astro builds it, and reports every problem at once, one line each, naming
 * the file, the field, the bad value and what was expected. It never throws
 * for bad content: whatever an author saves, the answer is OK or problems.
 */
import { z } from 'astro/zod';
import type { BriefingBody } from '../lib/body/tree.ts';
import { describeCharacter, findInvisible, firstForeignLetter } from '../lib/text-hygiene.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type ReferenceFn } from '../schemas/index.ts';
import { crossCheck } from './cross-check.ts';
import { parseBody } from './parse-body.ts';
import { describeIssue } from './describe-issue.ts';
import { didYouMean, formatPath, showValue, sortProblems, type Problem } from './problem.ts';
import { ID_PATTERN, readAllEntries, type RawEntry } from './read.ts';
import { readSearchSuite } from './search-suite.ts';
import { readSettings } from './read-settings.ts';
import type { CheckedEntry } from './checked-entry.ts';

export interface CheckResult {
	problems: Problem[];
	entries: CheckedEntry[];
}

/** Why a value is not an id, when it is not just unknown: invisible characters, letters of another script. */
export function idTrouble(value: string): string | undefined {
	const invisible = findInvisible(value);
	if (invisible) {
		return `contains ${describeCharacter(invisible.char)} at position ${invisible.index + 1}, which cannot be seen; delete it`;
	}
	const foreign = firstForeignLetter(value);
	if (foreign) {
		return `mixes scripts: the ${foreign.script} "${foreign.char}" at position ${foreign.index + 1} looks like a Latin letter but is not; retype it`;
	}
	return undefined;
}

/** "is not a known people id; did you mean tokayev?", listing the ids when there are few. */
function unknownId(value: string, collection: CollectionName, known: Set<string>): string {
	const trouble = idTrouble(value);
	if (trouble) return `is not a known ${collection} id: it ${trouble}`;
	const suggestion = didYouMean(value, known);
	if (suggestion) return `is not a known ${collection} id${suggestion}`;
	const list = [...known].sort();
	if (list.length === 0) return `is not a known ${collection} id; expected one of: (none yet)`;
	return list.length <= 12
		? `is not a known ${collection} id; expected one of: ${list.join(', ')}`
		: `is not a known ${collection} id; expected the id of one of the ${list.length} ${collection}`;
}

/**
 * The ids of the check in progress, which references are checked against. The
 * schemas are built once per process (building them is a third of a small
 * check); each check sets these just before its parse pass, which runs without
 * a pause, so two checks never see each other's ids.
 */
let knownIds = new Map<CollectionName, Set<string>>();

/** A reference schema that also proves its target exists. */
const checkingReference: ReferenceFn = <C extends CollectionName>(collection: C) =>
	z.string({ error: `expected the id of one of the ${collection}` }).transform((id, ctx) => {
		const known = knownIds.get(collection) ?? new Set<string>();
		if (!known.has(id)) ctx.addIssue({ code: 'custom', input: id, message: unknownId(id, collection, known) });
		return { collection, id };
	});

let schemas: Map<CollectionName, z.ZodType> | undefined;

/**
 * Bodies parsed, by the digest of the file they come from: in the dev server,
 * an edit parses again only the file edited.
 */
const parsedBodies = new Map<string, ReturnType<typeof parseBody>>();

function parsedBody(entry: RawEntry, body: string): ReturnType<typeof parseBody> {
	const key = `${entry.digest}:${entry.bodyLineOffset}`;
	let parsed = parsedBodies.get(key);
	if (!parsed) parsedBodies.set(key, (parsed = parseBody(body, entry.bodyLineOffset)));
	return parsed;
}

/** Checks the content in a `briefings` folder. Never throws for bad content. */
export async function checkContent(briefings: string): Promise<CheckResult> {
	const problems: Problem[] = [];
	const raw = await readAllEntries(briefings, problems);
	problems.push(...(await readSettings(briefings)).problems);

	const ids = new Map<CollectionName, Set<string>>(COLLECTION_NAMES.map((name) => [name, new Set()]));
	const firstFile = new Map<string, string>();
	const unique: RawEntry[] = [];
	for (const entry of raw) {
		if (!ID_PATTERN.test(entry.id)) {
			const trouble = idTrouble(entry.id);
			problems.push({
				file: entry.file,
				line: entry.lineOf([]),
				field: 'id',
				message: `${showValue(entry.id)} is not a valid id${trouble ? `: it ${trouble}` : ''}; expected lowercase letters, digits and hyphens (kebab-case)`,
			});
			continue;
		}
		const previous = firstFile.get(entry.id);
		if (previous !== undefined) {
			problems.push({
				file: entry.file,
				line: entry.lineOf([]),
				field: 'id',
				message: `duplicate id ${showValue(entry.id)}, already used by ${previous}; expected every id to be unique across all collections`,
			});
			continue;
		}
		firstFile.set(entry.id, entry.file);
		ids.get(entry.collection)?.add(entry.id);
		unique.push(entry);
	}

	problems.push(...(await readSearchSuite(briefings, ids)).problems);
	schemas ??= new Map(COLLECTION_NAMES.map((name) => [name, COLLECTIONS[name].schema(checkingReference)]));
	knownIds = ids;
	const entries: CheckedEntry[] = [];
	const unparsed: CheckedEntry[] = [];
	for (const entry of unique) {
		if (entry.broken) continue;
		const result = schemas.get(entry.collection)!.safeParse(entry.data, { reportInput: true });
		let parsed: BriefingBody | undefined;
		if (entry.body !== undefined) {
			const body = parsedBody(entry, entry.body);
			for (const p of body.problems)
				problems.push({ file: entry.file, line: p.line, field: 'body', message: p.message });
			parsed = body.body;
		}
		const checked: CheckedEntry = {
			...entry,
			data: result.success ? (result.data as Record<string, unknown>) : asRecord(entry.data),
			...(parsed ? { parsed } : {}),
		};
		if (result.success) entries.push(checked);
		else {
			for (const issue of result.error.issues) {
				for (const { path, message } of describeIssue(issue)) {
					problems.push({
						file: entry.file,
						line: entry.lineOf(path),
						// An entry's own value: the frontmatter of a briefing, the entry under its id in a data file.
						field: formatPath(path) || (entry.file.endsWith('.mdx') ? 'frontmatter' : entry.id),
						message,
					});
				}
			}
			// Its body's links and citations are still checked, so every problem shows at once.
			unparsed.push(checked);
		}
	}

	problems.push(...crossCheck(entries, unparsed, firstFile, ids.get('sources')!));
	return { problems: sortProblems(dedupe(problems)), entries };
}

/** Data as written, when it is a map; anything else (a bare value, nothing) as an empty one. */
function asRecord(data: unknown): Record<string, unknown> {
	return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The same problem found twice (by the schema and by a cross-check) is reported once. */
function dedupe(problems: Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = `${p.file}\0${p.line}\0${p.field}\0${p.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
