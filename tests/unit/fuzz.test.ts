/**
 * A thousand damaged collections, the same thousand every run (a fixed seed):
 * the checker answers each with "OK" or problem lines naming the damaged
 * file, and never throws or prints. `npm run fuzz` runs many more with a
 * random seed.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fixtureBriefings } from '../../scripts/lib/fixtures.ts';
import { fuzzCase, runCase } from '../../scripts/lib/content-fuzz.ts';

test('the checker survives 1,000 damaged collections', { timeout: 180_000 }, async () => {
	const briefings = await fixtureBriefings('valid');
	const outcomes = { ok: 0, problems: 0 };
	await fc.assert(
		fc.asyncProperty(fuzzCase, async (c) => {
			const result = await runCase(briefings, c);
			outcomes[result === 'ok' ? 'ok' : 'problems']++;
		}),
		{ numRuns: 1000, seed: 20261129, endOnFailure: true },
	);
	// Most damage is caught; a little (a space added to a value) is harmless. Both kinds must occur.
	expect(outcomes.problems).toBeGreaterThan(700);
	expect(outcomes.ok).toBeGreaterThan(0);
});
