/** Every id the collection uses, with the file that uses it: what new entries must not take. */
import type { Problem } from '../../src/checker/problem.ts';
import { readAllEntries } from '../../src/checker/read.ts';

export async function knownIds(briefings: string): Promise<Map<string, string>> {
	const ignored: Problem[] = [];
	const entries = await readAllEntries(briefings, ignored);
	return new Map(entries.map((entry) => [entry.id, entry.file]));
}
