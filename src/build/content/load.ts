/**
 * The content, read and checked once per process: the Astro loaders of every
 * collection and the command-line checker share one result, so a build reads
 * and parses each file once.
 */
import { resolve } from 'node:path';
import { checkContent, type CheckResult } from './check.ts';

const loaded = new Map<string, Promise<CheckResult>>();

/** The checked content of a `briefings` folder; read again only after `forget`. */
export function loadContent(briefings: string): Promise<CheckResult> {
	const key = resolve(briefings);
	let result = loaded.get(key);
	if (!result) loaded.set(key, (result = checkContent(briefings)));
	return result;
}

/** Drops what was read, so the next load reads the files again (the dev server, after an edit). */
export function forget(briefings: string): void {
	loaded.delete(resolve(briefings));
}
