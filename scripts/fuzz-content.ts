/**
 * `npm run fuzz [-- --runs 100000] [--seed N]`: the content checker's fuzz test
 * at length, with a random seed unless one is given. Prints the seed, and for
 * any failure the case that failed and the seed and path to replay it.
 */
import './lib/offline-env.ts';
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { fuzzCase, runCase } from './lib/content-fuzz.ts';
import { fixtureBriefings } from './lib/fixtures.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
console.log(`[fuzz] ${runs} cases, seed ${seed}`);
const briefings = await fixtureBriefings('valid');
const started = performance.now();
let done = 0;
const outcomes = { ok: 0, problems: 0 };
const result = await fc.check(
	fc.asyncProperty(fuzzCase, async (c) => {
		const outcome = await runCase(briefings, c);
		outcomes[outcome === 'ok' ? 'ok' : 'problems']++;
		if (++done % 5000 === 0) console.log(`[fuzz] ${done} cases…`);
	}),
	{ numRuns: runs, seed },
);
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (result.failed) {
	console.error(`[fuzz] FAILED after ${result.numRuns} cases (${seconds} s): ${String(result.errorInstance)}`);
	console.error(`[fuzz] case: ${JSON.stringify(result.counterexample)}`);
	console.error(`[fuzz] replay: npm run fuzz -- --seed ${result.seed} (path ${result.counterexamplePath})`);
	process.exit(1);
}
console.log(
	`[fuzz] ${result.numRuns} cases passed in ${seconds} s (${outcomes.problems} reported problems, ${outcomes.ok} were harmless); seed ${seed}.`,
);
