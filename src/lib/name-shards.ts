/**
 * "Did you mean" reads the names of the entities, which grow with the
 * collection: they are split into files of at most `SHARD_BUDGET` bytes,
 * and a lookup fetches only the files for the words the reader typed.
 *
 * Each word of a name is keyed by its first letter and the next consonants
 * (one, or more in a large collection), skipping vowels and doubled
 * letters, so the misspellings readers make most (a long vowel added or left
 * out, a consonant doubled or written once) have the key of the name. Keys
 * are hashed into as many files as keep each within budget, so every file
 * exists and a lookup needs only the depth and the count (`index.json`);
 * only a single key too large for a file by itself would leave one over.
 * A slip in a key letter goes unsuggested in a collection large enough to
 * need more than one file.
 *
 * Words shared by many entities' names ("summit", «اجتماع») are not keyed:
 * they identify no one, and would swell one file.
 */
import { foldedWords, foldName } from './search-normalize.ts';

/** The most bytes one file should hold: a lookup reads one file per word. */
export const SHARD_BUDGET = 24 * 1024;

/** A word in more entities' names than this identifies none of them. */
export const SHARED_WORD_LIMIT = 12;

/** Letters a key skips after a word's first: vowels of each script, which misspellings most often add or drop. */
const VOWELS = /[aeiouyаеёиоуыэюяاوي]/u;

/** How the names are split: `depth` consonants per key, hashed into `files` files. */
export interface NameSplit {
	depth: number;
	files: number;
}

/** The words of a text worth looking up, folded: two letters or more. */
function words(text: string): string[] {
	return foldedWords(text).filter((word) => [...word].length >= 2);
}

/** A word's key: its first letter and the next `depth` consonants, skipping vowels and any letter equal to the one before it in the key. */
export function nameKey(word: string, depth = 1): string {
	const [first, ...rest] = [...foldName(word)];
	const key = [first!];
	for (const letter of rest) {
		if (key.length > depth) break;
		if (!VOWELS.test(letter) && letter !== key.at(-1)) key.push(letter);
	}
	return key.join('');
}

/** The file a key is in (FNV-1a hash). */
function fileOf(key: string, files: number): number {
	let hash = 0x811c9dc5;
	for (const unit of key) hash = Math.imul(hash ^ unit.codePointAt(0)!, 0x01000193) >>> 0;
	return hash % files;
}

/** The files a lookup of `query` reads. */
export function filesForQuery(query: string, { depth, files }: NameSplit): number[] {
	return [...new Set(words(query).map((word) => fileOf(nameKey(word, depth), files)))].sort((a, b) => a - b);
}

/**
 * The name files of a collection, each entry listed in the files of its
 * words' keys: the fewest key consonants (one to three) for which no single
 * key outgrows half a file, then the fewest files that keep each in budget.
 */
export function splitNames<T>(
	entries: readonly { forms: readonly string[]; bytes: number; item: T }[],
): NameSplit & { lists: T[][] } {
	const holders = new Map<string, number>();
	for (const entry of entries) {
		for (const word of new Set(entry.forms.flatMap(words))) holders.set(word, (holders.get(word) ?? 0) + 1);
	}
	// An entity's words, less those in many names; an entity whose words all are keeps its rarest.
	const keyWords = new Map(
		entries.map((entry) => {
			const own = [...new Set(entry.forms.flatMap(words))];
			const rare = own.filter((word) => holders.get(word)! <= SHARED_WORD_LIMIT);
			const rarest = own.toSorted((a, b) => holders.get(a)! - holders.get(b)!).slice(0, 1);
			return [entry, rare.length > 0 ? rare : rarest];
		}),
	);
	const keysOf = (entry: (typeof entries)[number], depth: number) =>
		new Set(keyWords.get(entry)!.map((word) => nameKey(word, depth)));
	let depth = 1;
	for (; depth < 3; depth++) {
		const bytes = new Map<string, number>();
		for (const entry of entries)
			for (const key of keysOf(entry, depth)) bytes.set(key, (bytes.get(key) ?? 0) + entry.bytes + 1);
		if (Math.max(0, ...bytes.values()) <= SHARD_BUDGET / 2) break;
	}
	const keyed = entries.map((entry) => ({ entry, keys: [...keysOf(entry, depth)] }));
	const total = keyed.reduce((sum, { entry, keys }) => sum + keys.length * (entry.bytes + 1), 0);
	// More files than keys cannot part a key that outgrows a file by itself: it is left over budget.
	const keyCount = new Set(keyed.flatMap(({ keys }) => keys)).size;
	for (let files = Math.max(1, Math.ceil(total / (SHARD_BUDGET * 0.7))); ; files = Math.ceil(files * 1.2)) {
		const lists = Array.from({ length: files }, () => new Set<T>());
		const bytes = new Array<number>(files).fill(2);
		for (const { entry, keys } of keyed) {
			for (const key of keys) {
				const file = fileOf(key, files);
				if (lists[file]!.has(entry.item)) continue;
				lists[file]!.add(entry.item);
				bytes[file]! += entry.bytes + 1;
			}
		}
		if (Math.max(...bytes) <= SHARD_BUDGET || files >= keyCount) {
			return { depth, files, lists: lists.map((list) => [...list]) };
		}
	}
}
