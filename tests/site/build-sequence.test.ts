/**
 * No build depends on what the last one did. Builds follow one another into
 * the same folder, each with other inputs than the last: with the briefing
 * packs printed to PDF, then without, then under another base path, after an
 * edit to `site.yaml`, after an edit to one briefing. Each result must equal,
 * file for file and byte for byte, a build of the same inputs into a new
 * folder. (The first build of the sequence is the first in its folder.)
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtureBriefings } from '../../scripts/lib/fixtures.ts';

/** Every file of a built site, relative to its root, sorted. */
async function files(root: string): Promise<string[]> {
	const all = await readdir(root, { recursive: true, withFileTypes: true });
	return all
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
		.sort();
}

/** The files two sites do not share, and those that differ. */
async function differences(a: string, b: string): Promise<string[]> {
	const [left, right] = await Promise.all([files(a), files(b)]);
	const found = [
		...left.filter((f) => !right.includes(f)).map((f) => `only after the sequence: ${f}`),
		...right.filter((f) => !left.includes(f)).map((f) => `only in the new build: ${f}`),
	];
	for (const name of left.filter((f) => right.includes(f))) {
		const [x, y] = await Promise.all([readFile(join(a, name)), readFile(join(b, name))]);
		if (!x.equals(y)) found.push(`differs: ${name}`);
	}
	return found;
}

test('each build in a sequence equals a new build of the same inputs', async () => {
	const briefings = await fixtureBriefings('valid');
	const root = join(briefings, '..');
	const sequence = join(root, 'sequence');
	await writeFile(join(briefings, 'site.yaml'), 'handlingMark: { en: Test marking, ar: علامة اختبار }\n');
	const steps: { what: string; env?: Record<string, string>; edit?: () => Promise<void> }[] = [
		{ what: 'without PDF after a build with PDF' },
		{ what: 'under another base path', env: { BASE_PATH: '/other/' } },
		{
			what: 'after editing site.yaml',
			edit: () => writeFile(join(briefings, 'site.yaml'), 'handlingMark: { en: Edited marking, ar: علامة معدلة }\n'),
		},
		{
			what: 'after editing one briefing',
			edit: async () => {
				const file = join(briefings, 'people', 'alpha.mdx');
				const text = await readFile(file, 'utf8');
				await writeFile(file, text.replace('They agreed to meet again.', 'They agreed to meet once more.'));
			},
		},
	];
	await runBuild(sequence, { BRIEFINGS_DIR: briefings }, ['--pdf']);
	expect((await files(sequence)).some((f) => f.endsWith('.pdf'))).toBe(true);
	const problems: string[] = [];
	for (const [index, step] of steps.entries()) {
		await step.edit?.();
		const env = { BRIEFINGS_DIR: briefings, ...step.env };
		await runBuild(sequence, env);
		const fresh = join(root, `fresh-${index}`);
		await runBuild(fresh, env);
		problems.push(...(await differences(sequence, fresh)).map((d) => `${step.what}: ${d}`));
	}
	expect(problems).toEqual([]);
	// And the edits are in it.
	const page = await readFile(join(sequence, 'en/people/alpha/index.html'), 'utf8');
	expect(page).toContain('They agreed to meet once more.');
	expect(page).toContain('Edited marking');
}, 240_000);
