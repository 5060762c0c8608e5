/**
 * The content check's result, handed from the build's check to its Astro
 * build, which runs in another process: `npm run build` checks first, then
 * Astro's loaders take the saved result instead of reading and checking every
 * file a second time. Small on purpose: the build script imports it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CheckedEntry } from './checked-entry.ts';
import type { Problem } from './problem.ts';

/** What the loaders take of an entry: no raw text, no line lookup. */
export type LoadedEntry = Pick<CheckedEntry, 'collection' | 'id' | 'file' | 'data' | 'parsed' | 'digest'>;

/** The content as Astro's loaders take it. */
export interface LoadedContent {
	problems: Problem[];
	entries: LoadedEntry[];
}

/** The environment variable naming the file the result was saved in. */
export const SAVED_CHECK = 'BRIEFINGS_CHECKED';

interface Saved {
	/** The `briefings` folder checked, absolute. */
	folder: string;
	result: LoadedContent;
}

export async function saveCheck(file: string, briefings: string, result: LoadedContent): Promise<void> {
	const entries = result.entries.map(({ collection, id, file, data, parsed, digest }) =>
		parsed ? { collection, id, file, data, parsed, digest } : { collection, id, file, data, digest },
	);
	const saved: Saved = { folder: resolve(briefings), result: { problems: result.problems, entries } };
	await writeFile(file, serialize(saved));
}

/** The result saved for this folder (absolute), if the environment names one. */
export function savedCheck(folder: string): LoadedContent | undefined {
	const file = process.env[SAVED_CHECK];
	// A name left over from a build that has ended (the build removes the file): check afresh.
	if (!file || !existsSync(file)) return undefined;
	const saved = deserialize(readFileSync(file)) as Saved;
	return saved.folder === folder ? saved.result : undefined;
}
