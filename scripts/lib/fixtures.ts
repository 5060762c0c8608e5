/**
 * Fixture collections, for the tests and the fuzzer's seed (`npm run fuzz`).
 * `tests/fixtures/valid/briefings` is a tiny
 * complete collection; every other fixture holds only the files it changes,
 * laid over a copy of the valid one, and is named for the mistake it shows.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

/** The invented collection the site tests build (`tests/fixtures/site/briefings`, see its README). */
export const SITE_FIXTURE = 'tests/fixtures/site/briefings';

/** A temporary briefings folder: the valid collection with the named fixture's files laid over it. */
export async function fixtureBriefings(name: string): Promise<string> {
	const dir = join(await mkdtemp(join(tmpdir(), `briefings-${name}-`)), 'briefings');
	await cp(join(FIXTURES, 'valid', 'briefings'), dir, { recursive: true });
	if (name !== 'valid') await cp(join(FIXTURES, name, 'briefings'), dir, { recursive: true });
	return dir;
}
