/**
 * Incremental builds: after an edit to one briefing, a build that reuses the
 * unchanged pages of the last one gives exactly the site a full build of the
 * same content gives, byte for byte, search index included.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtureBriefings } from '../helpers/fixtures.ts';

/** Every file of a built site, relative to its root, sorted. */
async function files(root: string): Promise<string[]> {
	const all = (await readdir(root, { recursive: true, withFileTypes: true })) as {
		isFile(): boolean;
		parentPath: string;
		name: string;
	}[];
	return all
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
		.sort();
}

const counts = (output: string) => {
	const [, rendered, reused] = /\[astro\] (\d+) pages rendered, (\d+) reused/.exec(output) ?? [];
	return { rendered: Number(rendered), reused: Number(reused) };
};

test('after editing one briefing, an incremental build equals a full build, file for file and byte for byte', async () => {
	const briefings = await fixtureBriefings('valid');
	const env = { BRIEFINGS_DIR: briefings };
	const root = join(briefings, '..');
	await runBuild(join(root, 'first'), env);

	// A typo fixed in one sentence of one briefing's body, in both languages.
	const file = join(briefings, 'people', 'alpha.mdx');
	const text = await readFile(file, 'utf8');
	await writeFile(file, text.replace('They agreed to meet again.', 'They agreed to meet once more.'));

	const incremental = await runBuild(join(root, 'incremental'), env);
	const full = await runBuild(join(root, 'full'), env, ['--force']);
	const reused = counts(incremental.stdout);
	// The edited page in both languages, and the pages that quote its text, are rendered; the rest reused.
	expect(reused.reused).toBeGreaterThan(reused.rendered);
	expect(counts(full.stdout).reused).toBe(0);

	const [a, b] = [join(root, 'incremental'), join(root, 'full')];
	const list = await files(a);
	expect(list).toEqual(await files(b));
	const differing: string[] = [];
	for (const name of list) {
		const [x, y] = await Promise.all([readFile(join(a, name)), readFile(join(b, name))]);
		if (!x.equals(y)) differing.push(name);
	}
	expect(differing).toEqual([]);
	// And the edit is in it.
	expect(await readFile(join(a, 'en/people/alpha/index.html'), 'utf8')).toContain('They agreed to meet once more.');
}, 180_000);
