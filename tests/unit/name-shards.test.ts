import { expect, test } from 'vitest';
import { suggest } from '../../src/lib/fuzzy.ts';
import { SHARD_BUDGET, shardOf, shardsForNames, shardsForQuery, splitNames } from '../../src/lib/name-shards.ts';
import { foldName } from '../../src/lib/search-normalize.ts';

const tokayev = { id: 'tokayev', forms: ['Kassym-Jomart Tokayev', 'Токаев', 'توكاييف'].map(foldName) };

test('a name is filed under the first two letters of each of its words, in any script', () => {
	expect(shardsForNames(tokayev.forms)).toEqual(['ka', 'jo', 'to', 'то', 'تو'].map((prefix) => shardOf(prefix)));
	// File names are plain ASCII whatever the script.
	for (const shard of shardsForNames(tokayev.forms)) expect(shard).toMatch(/^[0-9a-z-]+$/);
});

test('a misspelt query reads the files its words begin with, and finds the name there', () => {
	for (const query of ['Tokaaev', 'Токаевв', 'توكايف']) {
		const files = shardsForQuery(query);
		expect(files.some((file) => shardsForNames(tokayev.forms).includes(file))).toBe(true);
		expect(suggest(query, [tokayev])).toEqual(['tokayev']);
	}
	// One-letter words are not looked up.
	expect(shardsForQuery('a Tokaev')).toEqual([shardOf('to')]);
});

test('a large collection is split by more letters, so that no file outgrows a lookup', () => {
	const entry = (name: string) => ({ forms: [foldName(name)], bytes: 1000, item: name });
	const few = splitNames(['Tokayev', 'Tolstoy'].map(entry));
	expect(few.letters).toBe(2);
	expect(few.shards.get(shardOf('to'))).toEqual(['Tokayev', 'Tolstoy']);
	// Forty names beginning "To" would make a 40 kB file: three letters part them.
	const many = splitNames(
		Array.from({ length: 40 }, (_, i) => entry(`To${String.fromCharCode(97 + (i % 20))}name${i}`)),
	);
	expect(many.letters).toBe(3);
	for (const list of many.shards.values()) expect(list.length * 1000).toBeLessThanOrEqual(SHARD_BUDGET);
});
