/**
 * `npm run check:content`: checks briefings/ and prints every problem, one per
 * line. Exits 1 if there are any. The build runs this first.
 */
import { checkContent } from '../src/lib/content-check/check.ts';
import { formatProblem } from '../src/lib/content-check/problem.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, entries } = await checkContent(root);
if (problems.length > 0) {
	for (const problem of problems) console.error(formatProblem(problem));
	const files = new Set(problems.map((p) => p.file)).size;
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was built.`);
	process.exit(1);
}
console.log(`Content OK: ${entries.length} entries checked.`);
