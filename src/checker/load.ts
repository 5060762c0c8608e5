/**
 * The content, read and checked once per process: the Astro loaders of every
 * collection and the command-line checker share one result, so a build reads
 * and parses each file once.
 */
import { resolve } from 'node:path';
import { checkContent } from './check.ts';
import { savedCheck, type LoadedContent } from './saved-check.ts';

const loaded = new Map<string, Promise<LoadedContent>>();
/** When each folder was last edited, in this process (the dev server). */
const forgotten = new Map<string, number>();

/** The checked content of a `briefings` folder; read again only after `forget`. */
export function loadContent(briefings: string): Promise<LoadedContent> {
	const key = resolve(briefings);
	let result = loaded.get(key);
	if (!result) {
		// The check `npm run build` or `npm run dev` ran first and saved (`saved-check.ts`), or a check of
		// our own: always after an edit, which the saved check predates.
		const saved = forgotten.has(key) ? undefined : savedCheck(key);
		loaded.set(key, (result = saved ? Promise.resolve(saved) : checkContent(briefings)));
	}
	return result;
}

/** Edits closer together than this count as one: every collection's loader hears each edit. */
const ONE_EDIT_MS = 200;

/**
 * Drops what was read, so the next load reads the files again (the dev
 * server, after an edit). All the loaders call it for the same edit: only the
 * first call drops the result, so the content is read once, not once each.
 */
export function forget(briefings: string): void {
	const key = resolve(briefings);
	const now = performance.now();
	if (now - (forgotten.get(key) ?? -Infinity) < ONE_EDIT_MS) return;
	forgotten.set(key, now);
	loaded.delete(key);
}
