/** One thing wrong with the content, reported to the author on one line. */
import { editDistance } from '../lib/fuzzy.ts';

export interface Problem {
	/** Path of the file, relative to the working directory. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number | undefined;
	/** 1-based column, when it helps (an invisible character, a byte that is not UTF-8). */
	column?: number | undefined;
	/** The field or part of the file, such as `date`, `participants[2].person` or `body`. */
	field: string;
	/** What is wrong, naming the bad value and what was expected. */
	message: string;
}

/** `briefings/meetings/x.mdx:4: date: "2022-02-30" is not a real calendar date; expected YYYY-MM-DD` */
export function formatProblem(problem: Problem): string {
	const where = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column]
		.filter((part) => part !== undefined)
		.join(':');
	return `${where}: ${problem.field}: ${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
	);
}

/** Shows a bad value the way the author wrote it. */
export function showValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** `participants[2].person` from a zod or YAML path. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

/**
 * The known ids nearest to a mistyped one, for "did you mean …?": within a
 * few edits (about one in three letters), closest first.
 */
export function nearestIds(value: string, known: Iterable<string>, limit = 3): string[] {
	const target = value.toLowerCase();
	const allowed = Math.max(2, Math.floor(target.length / 3));
	const scored: { id: string; distance: number }[] = [];
	for (const id of known) {
		if (Math.abs(id.length - target.length) > allowed) continue;
		const distance = editDistance(target, id);
		// A short id two edits away is barely related ("bta" is not a typo of "it").
		if (distance <= allowed && distance <= Math.max(1, Math.floor(id.length / 2))) scored.push({ id, distance });
	}
	return scored
		.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
		.slice(0, limit)
		.map((s) => s.id);
}

/** `; did you mean tokayev?` (or nothing when no id is near). */
export function didYouMean(value: string, known: Iterable<string>): string {
	const near = nearestIds(value, known);
	return near.length === 0 ? '' : `; did you mean ${near.join(' or ')}?`;
}
