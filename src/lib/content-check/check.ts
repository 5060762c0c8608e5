/**
 * The content checker: proves the whole of `briefings/` is well formed before
 * Astro builds it, and reports every problem at once, one line each, naming
 * the file, the field, the bad value and what was expected.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type ReferenceFn } from '../../schemas/index.ts';
import { scanBody, type BodyScan } from '../body-scan.ts';
import { LOCALES } from '../locales.ts';
import { crossCheck } from './cross-check.ts';
import { formatPath, showValue, sortProblems, type Problem } from './problem.ts';
import { ID_PATTERN, readAllEntries, type RawEntry } from './read.ts';

/** An entry whose data passed its schema. */
export interface CheckedEntry extends RawEntry {
	data: Record<string, unknown>;
	scan?: BodyScan;
}

export interface CheckResult {
	problems: Problem[];
	entries: CheckedEntry[];
}

const LANGUAGE_NAME: Record<string, string> = { en: 'English', ar: 'Arabic' };

/** A reference schema that also proves its target exists. */
function checkingReference(ids: Map<CollectionName, Set<string>>): ReferenceFn {
	return ((collection: CollectionName) =>
		z.string().transform((id, ctx) => {
			const known = ids.get(collection) ?? new Set();
			if (!known.has(id)) {
				const list = [...known].sort().join(', ');
				ctx.addIssue({
					code: 'custom',
					input: id,
					message: `is not a known ${collection} id; expected one of: ${list || '(none yet)'}`,
				});
			}
			return { collection, id };
		})) as unknown as ReferenceFn;
}

/** Turns one zod issue into the sentence an author reads. */
function describeIssue(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
	const path = [...issue.path];
	const input = (issue as { input?: unknown }).input;
	switch (issue.code) {
		case 'invalid_type': {
			if (!issue.message.startsWith('Invalid input')) {
				return {
					path,
					message: input === undefined ? `missing; ${issue.message}` : `got ${showValue(input)}; ${issue.message}`,
				};
			}
			const last = path.at(-1);
			const expected = typeof last === 'string' && LANGUAGE_NAME[last] ? `${LANGUAGE_NAME[last]} text` : issue.expected;
			return input === undefined
				? { path, message: `missing; expected ${expected}` }
				: { path, message: `got ${showValue(input)}; expected ${expected}` };
		}
		case 'invalid_value':
			return { path, message: `got ${showValue(input)}; expected one of: ${issue.values.map(String).join(', ')}` };
		case 'unrecognized_keys':
			return {
				path: [...path, issue.keys[0] ?? ''],
				message: `unknown field (${issue.keys.join(', ')}); expected only the fields documented in src/schemas/`,
			};
		case 'invalid_union': {
			const discriminator = (issue as { discriminator?: string }).discriminator;
			if (discriminator) {
				const value = (input as Record<string, unknown> | undefined)?.[discriminator];
				return {
					path: [...path, discriminator],
					message: `got ${showValue(value)}; ${issue.message.replace(/^Invalid input: /, '')}`,
				};
			}
			return { path, message: `got ${showValue(input)}; ${issue.message}` };
		}
		case 'too_small':
		case 'too_big':
			return { path, message: `got ${showValue(input)}; ${issue.message}` };
		default:
			return { path, message: input === undefined ? issue.message : `${showValue(input)} ${issue.message}` };
	}
}

function checkBody(entry: RawEntry, problems: Problem[]): BodyScan {
	const scan = scanBody(entry.body ?? '', entry.bodyLineOffset);
	const at = (line: number | undefined, field: string, message: string) =>
		problems.push({ file: entry.file, line, field, message });
	if (scan.parseError) {
		at(scan.parseError.line, 'body', `MDX does not parse: ${scan.parseError.message}`);
		return scan;
	}
	for (const locale of LOCALES) {
		const tag = locale === 'en' ? 'En' : 'Ar';
		if (scan.blocks[locale] === undefined) {
			at(
				undefined,
				'body',
				`has no <${tag}> block; expected the ${LANGUAGE_NAME[locale]} text inside <${tag}>…</${tag}>`,
			);
			continue;
		}
		for (const section of ['BottomLine', 'WhyItMatters'] as const) {
			if (!scan.sections[locale].includes(section)) {
				at(scan.blocks[locale], 'body', `<${tag}> block has no <${section}>; expected one in every language`);
			}
		}
	}
	for (const repeat of scan.repeatedBlocks)
		at(repeat.line, 'body', 'language block repeated or nested; expected one <En> and one <Ar> at the top level');
	for (const misuse of scan.misuse) at(misuse.line, 'body', misuse.message);
	for (const stray of scan.stray)
		at(stray.line, 'body', 'content outside a language block; expected everything inside <En>…</En> or <Ar>…</Ar>');
	return scan;
}

/** Checks the content in a `briefings` folder. Never throws for bad content. */
export async function checkContent(briefings: string): Promise<CheckResult> {
	const problems: Problem[] = [];
	const raw = await readAllEntries(briefings, problems);

	const ids = new Map<CollectionName, Set<string>>(COLLECTION_NAMES.map((name) => [name, new Set()]));
	const firstFile = new Map<string, string>();
	const unique: RawEntry[] = [];
	for (const entry of raw) {
		if (!ID_PATTERN.test(entry.id)) {
			problems.push({
				file: entry.file,
				line: entry.lineOf([]),
				field: 'id',
				message: `${showValue(entry.id)} is not a valid id; expected lowercase letters, digits and hyphens (kebab-case)`,
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

	const reference = checkingReference(ids);
	const schemas = new Map(COLLECTION_NAMES.map((name) => [name, COLLECTIONS[name].schema(reference)]));
	const entries: CheckedEntry[] = [];
	for (const entry of unique) {
		const result = schemas.get(entry.collection)!.safeParse(entry.data, { reportInput: true });
		const scan = entry.body === undefined ? undefined : checkBody(entry, problems);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const { path, message } = describeIssue(issue);
				problems.push({
					file: entry.file,
					line: entry.lineOf(path),
					field: formatPath(path) || 'frontmatter',
					message,
				});
			}
			continue;
		}
		entries.push({ ...entry, data: result.data as Record<string, unknown>, ...(scan ? { scan } : {}) });
	}

	problems.push(...crossCheck(entries, firstFile));
	return { problems: sortProblems(problems), entries };
}
