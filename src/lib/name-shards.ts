/**
 * "Did you mean" reads the names of the entities, which grow with the
 * collection: they are split into small files by the first two letters of
 * each word of each name, so a lookup fetches only the files for the words
 * the reader typed. A misspelling is looked for among names whose words begin
 * as the query's words do: a slip in the first two letters goes unsuggested.
 */
import { foldName } from './search-normalize.ts';

/** The words of a text worth looking up, folded: two letters or more. */
function words(text: string): string[] {
	return foldName(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => [...word].length >= 2);
}

/** The file a word's names are in: its first two letters, as base-36 code points (safe in any URL). */
export function shardOf(word: string): string {
	return [...word]
		.slice(0, 2)
		.map((c) => c.codePointAt(0)!.toString(36))
		.join('-');
}

/** The files a lookup of `query` reads. */
export function shardsForQuery(query: string): string[] {
	return [...new Set(words(query).map(shardOf))];
}

/** The files an entity with these (folded) names is listed in. */
export function shardsForNames(forms: readonly string[]): string[] {
	return [...new Set(forms.flatMap(words).map(shardOf))];
}
