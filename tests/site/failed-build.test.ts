/**
 * A failed build never replaces the last good site: not when the content has
 * problems, and not when the pages it built fail a site check (here, a
 * template broken in a copy of the project). Either way it says why, naming
 * the file and line, and `dist/` is left byte for byte as it was.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { runBuild, shellEnv } from '../helpers/build.ts';
import { fixtureBriefings } from '../../scripts/lib/fixtures.ts';
import { siteDir } from '../helpers/site.ts';

const exec = promisify(execFile);

/** A fingerprint of every file in a folder: names and contents. */
async function fingerprint(dir: string): Promise<string> {
	const hash = createHash('sha256');
	for (const file of (await readdir(dir, { recursive: true })).sort()) {
		hash.update(file);
		hash.update(await readFile(join(dir, file)).catch(() => Buffer.from('<dir>')));
	}
	return hash.digest('hex');
}

/** Runs a build and resolves to how it failed, or to undefined if it did not. */
const failureOf = (build: Promise<unknown>) =>
	build.then(
		() => undefined,
		(error: { code: number; stderr: string }) => error,
	);

test('a build with bad content fails, says why, and leaves the last good site untouched', async () => {
	const out = join(await mkdtemp(join(tmpdir(), 'last-good-')), 'dist');
	await cp(siteDir(), out, { recursive: true });
	const before = await fingerprint(out);

	const failure = await failureOf(runBuild(out, { BRIEFINGS_DIR: await fixtureBriefings('impossible-date') }));
	expect(failure?.code).toBe(1);
	expect(failure?.stderr).toMatch(
		/meetings\/alpha-beta\.mdx:3: date: "2022-02-30" is not a real calendar date; expected YYYY-MM-DD/,
	);
	expect(failure?.stderr).toContain('still holds the last good build');
	expect(await fingerprint(out)).toBe(before);
});

describe('a build whose pages fail a site check', () => {
	/** A copy of the project, sharing its installed packages. */
	async function copyProject(): Promise<string> {
		const root = await mkdtemp(join(tmpdir(), 'broken-template-'));
		for (const part of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
			await cp(resolve(part), join(root, part), { recursive: true });
		}
		await symlink(resolve('node_modules'), join(root, 'node_modules'));
		return root;
	}

	/** Breaks a template of the copy: the Spellings component of every person's page draws `markup` too. */
	async function breakTemplate(root: string, markup: string) {
		const component = join(root, 'src/components/Spellings.astro');
		const text = await readFile(component, 'utf8');
		const heading = '<h2 id={`spellings-${id}`}>';
		expect(text).toContain(heading);
		await writeFile(component, text.replace(heading, `${markup}${heading}`));
	}

	const build = (root: string, out: string, briefings: string) =>
		exec(process.execPath, ['scripts/build.ts', '--out', out], {
			cwd: root,
			env: shellEnv({ BRIEFINGS_DIR: briefings }),
		});

	test('a link to a page that does not exist and a picture from another origin: exits non-zero, names the file and line of each, keeps the last good site', async () => {
		const root = await copyProject();
		const briefings = await fixtureBriefings('valid');
		// The last good site: any built site will do, so the test builds only the broken one.
		const out = join(root, 'dist');
		await cp(siteDir(), out, { recursive: true });
		const before = await fingerprint(out);
		await breakTemplate(root, '<a href="/en/nowhere/">x</a><img src="https://example.com/track.png" alt="">');
		const failure = await failureOf(build(root, out, briefings));
		expect(failure?.code).toBe(1);
		for (const message of [
			/\[internal links\] href="\/en\/nowhere\/" leads to no page or file/,
			/\[other origins\] .*https:\/\/example\.com\/track\.png/,
		])
			expect(failure?.stderr).toMatch(new RegExp(`${out}/en/people/alpha/index\\.html:\\d+:\\d+: ${message.source}`));
		expect(failure?.stderr).toContain('still holds the last good build');
		expect(await fingerprint(out)).toBe(before);
	});
});
