/** One thing wrong with the content, reported to the author on one line. */
export interface Problem {
	/** Path of the file, relative to the working directory. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number | undefined;
	/** The field or part of the file, such as `date`, `participants[2].person` or `body`. */
	field: string;
	/** What is wrong, naming the bad value and what was expected. */
	message: string;
}

/** `briefings/meetings/x.mdx:4: date: "2022-02-30" is not a real calendar date; expected YYYY-MM-DD` */
export function formatProblem(problem: Problem): string {
	const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	return `${where}: ${problem.field}: ${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
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
