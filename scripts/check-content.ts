/**
 * `npm run check:content [folder]`: checks the briefings and prints every
 * problem, one per line. Exits 1 if there are any. The build runs it first.
 */
import { checkContent, type CheckResult } from '../src/lib/content-check/check.ts';
import { formatProblem } from '../src/lib/content-check/problem.ts';
import { briefingsDir } from '../src/schemas/index.ts';

/** Checks a briefings folder and prints the problems to stderr; resolves to the result. */
export async function reportContentProblems(folder = briefingsDir()): Promise<CheckResult> {
	const result = await checkContent(folder);
	const { problems } = result;
	if (problems.length > 0) {
		for (const problem of problems) console.error(formatProblem(problem));
		const files = new Set(problems.map((p) => p.file)).size;
		const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
		console.error(`\n${plural(problems.length, 'problem')} in ${plural(files, 'file')}.`);
	}
	return result;
}

if (import.meta.main) {
	const { problems, entries } = await reportContentProblems(process.argv[2]);
	if (problems.length > 0) process.exit(1);
	console.log(`Content OK: ${entries.length} entries checked.`);
}
