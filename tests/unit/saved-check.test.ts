/**
 * The content check's result handed from the build's check to its Astro
 * build (`src/checker/saved-check.ts`): taken for the folder it was
 * made for, never for another, and not once its file is gone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { SAVED_CHECK, saveCheck, savedCheck } from '../../src/checker/saved-check.ts';

afterEach(() => vi.unstubAllEnvs());

test('the saved check is taken for its own folder only, and only while its file exists', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'saved-check-'));
	const file = join(dir, 'checked.bin');
	const entry = {
		collection: 'people' as const,
		id: 'kallavan',
		file: 'briefings/people/kallavan.mdx',
		data: { name: { en: 'Teodor Kallavan', ar: 'تيودور كالافان' } },
		digest: 'abc',
		// What the loaders do not take is not saved: a function could not be.
		lineOf: () => 3,
		body: 'raw text',
	};
	await saveCheck(file, join(dir, 'briefings'), { problems: [], entries: [entry] });
	vi.stubEnv(SAVED_CHECK, file);
	expect(savedCheck(join(dir, 'briefings'))?.entries).toEqual([
		{ collection: 'people', id: 'kallavan', file: entry.file, data: entry.data, digest: 'abc' },
	]);
	expect(savedCheck(join(dir, 'other-briefings'))).toBeUndefined();
	await rm(dir, { recursive: true });
	expect(savedCheck(join(dir, 'briefings'))).toBeUndefined();
});
