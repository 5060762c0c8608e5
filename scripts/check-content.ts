/**
 * `npm run check:content [folder]`: checks the briefings and prints every
 * problem, one per line. Exits 1 if there are any. The build runs it first,
 * with `--save <file>`: the result, saved for its Astro build to take.
 */
import './lib/offline-env.ts';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { save: { type: 'string' } }, allowPositionals: true });
// The collection's languages are read when the checker loads (src/lib/locales.ts): a folder given
// here is the collection, so it is named before the checker is imported.
if (positionals[0]) process.env['BRIEFINGS_DIR'] = positionals[0];
const { checkContent } = await import('../src/checker/check.ts');
const { saveCheck } = await import('../src/checker/saved-check.ts');
const { formatProblem } = await import('../src/checker/problem.ts');
const { briefingsDir } = await import('../src/lib/collection-files.ts');
const folder = briefingsDir();
const result = await checkContent(folder);
const { problems, entries } = result;
if (problems.length > 0) {
	for (const problem of problems) console.error(formatProblem(problem));
	const files = new Set(problems.map((p) => p.file)).size;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	console.error(`\n${plural(problems.length, 'problem')} in ${plural(files, 'file')}.`);
	process.exit(1);
}
if (values.save) await saveCheck(values.save, folder, result);
console.log(`Content OK: ${entries.length} entries checked.`);
