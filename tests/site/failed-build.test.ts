import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtureBriefings } from '../helpers/fixtures.ts';
import { siteDir } from '../helpers/site.ts';

/** A fingerprint of every file in a folder: names and contents. */
async function fingerprint(dir: string): Promise<string> {
	const hash = createHash('sha256');
	for (const file of (await readdir(dir, { recursive: true })).sort()) {
		hash.update(file);
		hash.update(await readFile(join(dir, file)).catch(() => Buffer.from('<dir>')));
	}
	return hash.digest('hex');
}

test('a build with bad content fails, says why, and leaves the last good site untouched', async () => {
	const out = join(await mkdtemp(join(tmpdir(), 'last-good-')), 'dist');
	await cp(siteDir(), out, { recursive: true });
	const before = await fingerprint(out);

	const briefings = await fixtureBriefings('impossible-date');
	const failure = await runBuild(out, { BRIEFINGS_DIR: briefings }).then(
		() => undefined,
		(error: { code: number; stderr: string }) => error,
	);
	expect(failure?.code).toBe(1);
	expect(failure?.stderr).toMatch(
		/meetings\/alpha-beta\.mdx:3: date: "2022-02-30" is not a real calendar date; expected YYYY-MM-DD/,
	);
	expect(failure?.stderr).toContain('still holds the last good build');
	expect(await fingerprint(out)).toBe(before);
});
