/**
 * Global setup for every project: the run's temporary files (fixture copies,
 * builds, unzipped editions, server prefixes) go into one folder of their own,
 * removed when the run ends, so test runs do not pile up in the system's
 * temporary folder. Workers and the builds they start inherit TMPDIR.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function setup(): Promise<() => Promise<void>> {
	const folder = await mkdtemp(join(tmpdir(), 'briefings-tests-'));
	await chmod(folder, 0o755); // nginx and Apache, running as their own user, serve sites from inside it
	process.env['TMPDIR'] = folder;
	return () => rm(folder, { recursive: true, force: true });
}
