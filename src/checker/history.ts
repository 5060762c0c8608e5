/**
 * When each content file last changed: its last commit, from one `git log`
 * over the whole folder; for a file with changes not yet committed, or where
 * there is no git history (a copied folder), the file's own modification time.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Git's answer, or nothing when git or the repository is not there. */
async function git(cwd: string, args: string[]): Promise<string> {
	try {
		return (await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 })).stdout;
	} catch {
		return '';
	}
}

/**
 * The last change of each file, as an ISO 8601 date and time, keyed by the
 * file's path relative to the working directory (as the checker names files).
 */
export async function lastChanges(folder: string, files: readonly string[]): Promise<Map<string, string>> {
	const root = resolve(folder);
	const [log, status, prefix] = await Promise.all([
		git(root, ['log', '--format=%x00%cI', '--name-only', '--relative', '--', '.']),
		git(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', '.']),
		git(root, ['rev-parse', '--show-prefix']),
	]);
	const committed = new Map<string, string>();
	for (const commit of log.split('\0').slice(1)) {
		const [date, ...paths] = commit.split('\n').filter(Boolean);
		for (const path of paths) if (!committed.has(path)) committed.set(path, date!);
	}
	// `git status -z` names paths from the repository's root, one "XY path" each, a renamed or
	// copied file as "XY new" followed by its old path; the folder's prefix makes them the folder's.
	const folderInRepo = prefix.trim();
	const dirty = new Set<string>();
	const records = status.split('\0');
	for (let i = 0; i < records.length; i++) {
		const record = records[i]!;
		if (record.length < 4) continue;
		const path = record.slice(3);
		dirty.add(path.startsWith(folderInRepo) ? path.slice(folderInRepo.length) : path);
		if (/[RC]/.test(record.slice(0, 2))) i++;
	}
	const changes = new Map<string, string>();
	await Promise.all(
		files.map(async (file) => {
			const inFolder = relative(root, resolve(file));
			const date = !dirty.has(inFolder) && committed.get(inFolder);
			changes.set(file, date || (await stat(file)).mtime.toISOString());
		}),
	);
	return changes;
}
