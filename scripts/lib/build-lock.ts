/**
 * One Astro build at a time in a project: Astro writes its intermediate
 * output to the project's `.astro/` folder whatever the output folder, so
 * two builds at once would overwrite each other's. A second build waits.
 */
import { rmSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const LOCK = join(import.meta.dirname, '..', '..', '.astro', 'build.lock');

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Waits until no other build holds the lock, then takes it; resolves to a function that releases it. */
export async function acquireBuildLock(onWait: () => void): Promise<() => Promise<void>> {
	await mkdir(join(LOCK, '..'), { recursive: true });
	let told = false;
	for (;;) {
		try {
			await mkdir(LOCK);
			await writeFile(join(LOCK, 'pid'), String(process.pid));
			// Released when the build is done, or at the latest when the process exits (synchronously: exit handlers cannot wait).
			process.once('exit', () => rmSync(LOCK, { recursive: true, force: true }));
			return () => rm(LOCK, { recursive: true, force: true });
		} catch {
			const holder = Number(await readFile(join(LOCK, 'pid'), 'utf8').catch(() => '0'));
			if (holder > 0 && !alive(holder)) {
				await rm(LOCK, { recursive: true, force: true }); // left by a build that was killed
				continue;
			}
			if (!told) onWait();
			told = true;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	}
}
