/**
 * "Did you mean" reads the names of the entities, which grow with the
 * collection: they are split into small files by the first letters of each
 * word of each name (two, or more in a large collection, so that no file
 * grows past a lookup's budget), and a lookup fetches only the files for the
 * words the reader typed. A misspelling is looked for among names whose words
 * begin as the query's words do: a slip in those first letters goes
 * unsuggested.
 */
import { foldName } from './search-normalize.ts';

/** The most bytes one file should hold: a lookup reads one or two. */
export const SHARD_BUDGET = 30 * 1024;

/** The words of a text worth looking up, folded: two letters or more. */
function words(text: string): string[] {
	return foldName(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => [...word].length >= 2);
}

/** The file a word's names are in: its first letters, as base-36 code points (safe in any URL). */
export function shardOf(word: string, letters = 2): string {
	return [...word]
		.slice(0, letters)
		.map((c) => c.codePointAt(0)!.toString(36))
		.join('-');
}

/** The files a lookup of `query` reads. */
export function shardsForQuery(query: string, letters = 2): string[] {
	return [...new Set(words(query).map((word) => shardOf(word, letters)))];
}

/** The files an entity with these (folded) names is listed in. */
export function shardsForNames(forms: readonly string[], letters = 2): string[] {
	return [...new Set(forms.flatMap(words).map((word) => shardOf(word, letters)))];
}

/**
 * Files for entries of the given sizes (bytes of each entry's JSON): by the
 * fewest first letters, from two to four, that keep every file in budget.
 */
export function splitNames<T>(entries: readonly { forms: readonly string[]; bytes: number; item: T }[]): {
	letters: number;
	shards: Map<string, T[]>;
} {
	let split = { letters: 2, shards: new Map<string, T[]>() };
	for (let letters = 2; letters <= 4; letters++) {
		const shards = new Map<string, T[]>();
		const bytes = new Map<string, number>();
		for (const entry of entries) {
			for (const shard of shardsForNames(entry.forms, letters)) {
				const list = shards.get(shard);
				if (list) list.push(entry.item);
				else shards.set(shard, [entry.item]);
				bytes.set(shard, (bytes.get(shard) ?? 0) + entry.bytes + 1);
			}
		}
		split = { letters, shards };
		if (Math.max(0, ...bytes.values()) <= SHARD_BUDGET) break;
	}
	return split;
}
