/**
 * How the content reaches Astro's loaders: read and checked once per process,
 * read again after an edit; and when each file last changed, from git where
 * there is history and from the file itself where there is none.
 */
import { execFile } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, test, vi } from 'vitest';
import { lastChanges } from '../../src/checker/history.ts';
import { forget, loadContent } from '../../src/checker/load.ts';
import { SAVED_CHECK, saveCheck } from '../../src/checker/saved-check.ts';
import { fixtureBriefings } from '../../scripts/lib/fixtures.ts';

const run = promisify(execFile);

afterEach(() => vi.unstubAllEnvs());

test('the content is read once per process, and again after an edit', async () => {
	const dir = await fixtureBriefings('valid');
	const first = loadContent(dir);
	expect(loadContent(dir)).toBe(first);
	expect((await first).problems).toEqual([]);
	await appendFile(join(dir, 'topics.yaml'), 'energy: null\n');
	// Not read again until the loaders hear of the edit.
	expect(loadContent(dir)).toBe(first);
	forget(dir);
	const second = loadContent(dir);
	// Every collection's loader hears the same edit, at once: only the first drops what was read.
	forget(dir);
	expect(loadContent(dir)).toBe(second);
	expect(second).not.toBe(first);
	expect((await second).problems.map((p) => [p.file, p.message])).toEqual([
		[relative(process.cwd(), join(dir, 'topics.yaml')), 'missing; expected object'],
	]);
});

test('the loaders start from the check `npm run dev` saved, and check afresh after an edit', async () => {
	const dir = await fixtureBriefings('valid');
	const file = join(dir, '..', 'checked.bin');
	// A saved check that the files do not match (it lists nothing), to tell which was taken.
	await saveCheck(file, dir, { problems: [], entries: [] });
	vi.stubEnv(SAVED_CHECK, file);
	expect((await loadContent(dir)).entries).toEqual([]);
	forget(dir);
	expect((await loadContent(dir)).entries.length).toBeGreaterThan(0);
});

test('a file changes when its last commit says, unless it has changed since; with no history, when the file says', async () => {
	// The content folder inside a repository, as `briefings/` is in the project's.
	const dir = await mkdtemp(join(tmpdir(), 'history-'));
	const folder = join(dir, 'briefings');
	await mkdir(folder);
	const [committed, edited, copied] = [
		join(folder, 'committed.mdx'),
		join(folder, 'edited.mdx'),
		join(folder, 'copied.mdx'),
	];
	for (const file of [committed, edited]) await writeFile(file, 'text\n');
	const git = (...args: string[]) =>
		run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
			cwd: dir,
			env: { ...process.env, GIT_COMMITTER_DATE: '2024-05-06T07:08:09Z', GIT_AUTHOR_DATE: '2024-05-06T07:08:09Z' },
		});
	await git('init', '--quiet');
	await git('add', '.');
	await git('commit', '--quiet', '-m', 'first');
	await appendFile(edited, 'more\n');
	await writeFile(copied, 'text\n');
	const when = new Date('2025-01-02T03:04:05Z');
	for (const file of [edited, copied]) await utimes(file, when, when);

	const changes = await lastChanges(folder, [committed, edited, copied]);
	expect(new Date(changes.get(committed)!).toISOString()).toBe('2024-05-06T07:08:09.000Z');
	expect(changes.get(edited)).toBe(when.toISOString());
	expect(changes.get(copied)).toBe(when.toISOString());

	// A folder outside any repository: every file by its own time.
	const loose = await mkdtemp(join(tmpdir(), 'no-history-'));
	const file = join(loose, 'a.mdx');
	await writeFile(file, 'text\n');
	await utimes(file, when, when);
	expect((await lastChanges(loose, [file])).get(file)).toBe(when.toISOString());
});
