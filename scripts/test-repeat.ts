/**
 * `npm run test:repeat [-- --runs 10]`: runs the browser tests again and again,
 * with no retry, and stops at the first red run. A test that fails once in a
 * while is a bug; this is how it is caught before CI catches it.
 *
 * The site is built once, by the first run; later runs reuse it.
 */
import './lib/offline-env.ts';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
// vitest's command-line entry, beside its package.json (the package exports no path to it).
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const started = performance.now();

for (let run = 1; run <= runs; run++) {
	console.log(`\n[test:repeat] Run ${run} of ${runs}`);
	const result = spawnSync(process.execPath, [vitest, 'run', '--project', 'site', 'tests/site/browser'], {
		stdio: 'inherit',
		env: { ...process.env, ...(run > 1 ? { TEST_SITE_REUSE: '1' } : {}) },
	});
	if (result.status !== 0) {
		console.error(`[test:repeat] Run ${run} of ${runs} failed; ${run - 1} passed before it.`);
		process.exit(1);
	}
}
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(`[test:repeat] ${runs} of ${runs} runs passed in a row (${minutes} min).`);
