import { expect, test } from 'vitest';
import { suggest } from '../../src/lib/fuzzy.ts';
import { shardOf, shardsForNames, shardsForQuery } from '../../src/lib/name-shards.ts';
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
