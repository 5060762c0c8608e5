/**
 * `npm run check:content [folder]`: checks the briefings and prints every
 * problem, one per line. Exits 1 if there are any. The build runs it first.
 */
import './lib/offline-env.ts';
import { checkContent } from '../src/build/content/check.ts';
import { formatProblem } from '../src/build/content/problem.ts';
import { briefingsDir } from '../src/schemas/index.ts';

const { problems, entries } = await checkContent(process.argv[2] ?? briefingsDir());
if (problems.length > 0) {
	for (const problem of problems) console.error(formatProblem(problem));
	const files = new Set(problems.map((p) => p.file)).size;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	console.error(`\n${plural(problems.length, 'problem')} in ${plural(files, 'file')}.`);
	process.exit(1);
}
console.log(`Content OK: ${entries.length} entries checked.`);
