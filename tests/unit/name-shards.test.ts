import { expect, test } from 'vitest';
import { suggest } from '../../src/lib/fuzzy.ts';
import { filesForQuery, nameKey, SHARD_BUDGET, SHARED_WORD_LIMIT, splitNames } from '../../src/lib/name-shards.ts';
import { foldName } from '../../src/lib/search-normalize.ts';
import { misspellings } from '../../scripts/lib/search-quality.ts';

const tokayev = { id: 'tokayev', forms: ['Kassym-Jomart Tokayev', 'Токаев', 'توكاييف'].map(foldName) };

test('a word is keyed by its first letter and next consonants, vowels and doubled letters skipped, in any script', () => {
	expect(nameKey('tokayev')).toBe('tk');
	expect(nameKey('tokayev', 3)).toBe('tkv');
	expect(nameKey('Tokkaayev', 3)).toBe('tkv');
	expect(nameKey('توكاييف', 2)).toBe('تكف');
	expect(nameKey('Токаев')).toBe('тк');
	// The first letter counts even when it is a vowel.
	expect(nameKey('Erdoğan')).toBe('er');
	expect(nameKey('ua')).toBe('u');
});

test('the misspellings readers make have the key of the name, so "did you mean" reads the right file and finds it', () => {
	const latin = ['Tokaaev', ...misspellings('Tokayev')];
	const arabic = ['توكايف', ...misspellings('توكاييف')];
	expect(latin).toContain('Tokkayev');
	expect(arabic).toContain('توكايييف');
	for (const depth of [1, 2, 3]) {
		for (const query of latin) expect(nameKey(query, depth), query).toBe(nameKey('tokayev', depth));
		for (const query of arabic) expect(nameKey(query, depth), query).toBe(nameKey('توكاييف', depth));
		expect(nameKey('Токаевв', depth)).toBe(nameKey('токаев', depth));
	}
	for (const query of [...latin, ...arabic]) expect(suggest(query, [tokayev])).toEqual(['tokayev']);
	// One-letter words are not looked up.
	const split = { depth: 3, files: 101 };
	expect(filesForQuery('a Tokaev', split)).toEqual(filesForQuery('Tokaev', split));
});

const entry = (name: string, bytes = 100) => ({ forms: [foldName(name)], bytes, item: name });

test('a small collection is one file; a large one as many files as keep each in budget, with deeper keys', () => {
	const few = splitNames(['Tokayev', 'Tolstoy'].map((name) => entry(name)));
	expect(few).toEqual({ depth: 1, files: 1, lists: [['Tokayev', 'Tolstoy']] });
	// 2,000 names of 300 bytes: 600 kB, and 200 of them share a first letter and consonant.
	const names = Array.from({ length: 2000 }, (_, i) => `${i < 200 ? 'mur' : ''}${(i * 7919).toString(36)}name`);
	const many = splitNames(names.map((name) => entry(name, 300)));
	expect(many.depth).toBeGreaterThan(1);
	expect(many.files).toBeGreaterThan(25);
	for (const list of many.lists) expect(list.length * 301).toBeLessThanOrEqual(SHARD_BUDGET);
	// Every name is in the file its lookup reads.
	for (const name of names.slice(0, 300)) {
		expect(many.lists[filesForQuery(name, many)[0]!]).toContain(name);
	}
});

test('words in many names are not keyed: they identify no one, and would put every summit in one file', () => {
	const places = ['Bal', 'Cer', 'Dov', 'Fil', 'Gor', 'Hel', 'Jun', 'Kir', 'Lom', 'Nur', 'Pel', 'Rov', 'Tal'];
	expect(places.length).toBe(SHARED_WORD_LIMIT + 1);
	const summits = splitNames(places.map((place) => entry(`${place} summit`, 3000)));
	expect(Math.max(...summits.lists.map((list) => list.length))).toBeLessThan(places.length);
	// Below the limit a shared word is keyed: all in one file, the one "sumit" reads.
	const few = splitNames(places.slice(0, 3).map((place) => entry(`${place} summit`, 3000)));
	expect(few.lists[filesForQuery('sumit', few)[0]!]).toHaveLength(3);
});

test('an entity whose every word is shared still keeps its rarest, so it can be suggested', () => {
	const astana = entry('Astana');
	const summits = Array.from({ length: SHARED_WORD_LIMIT + 1 }, (_, i) => entry(`Astana summit ${i}`));
	const split = splitNames([astana, ...summits]);
	expect(split.lists.flat()).toContain('Astana');
	expect(split.lists[filesForQuery('Astanna', split)[0]!]).toContain('Astana');
});

test('a key too large for any file by itself stops the split growing', () => {
	// 300 names of 300 bytes that differ only in their vowels: one key, 90 kB, at any depth.
	const vowels = (i: number) =>
		[i % 5, Math.floor(i / 5) % 5, Math.floor(i / 25) % 5, Math.floor(i / 125) % 5].map((d) => 'aeiou'[d]).join('');
	const names = Array.from({ length: 300 }, (_, i) => `Tokayev${vowels(i)}`);
	expect(new Set(names.map((name) => nameKey(name, 3))).size).toBe(1);
	const split = splitNames(names.map((name) => entry(name, 300)));
	expect(split.files).toBeLessThan(10);
	expect(Math.max(...split.lists.map((list) => list.length))).toBe(300);
});

test('surname misspellings: a doubled consonant written once or a single one doubled; a long vowel left out or added', () => {
	expect(misspellings('Tokayev')).toEqual(['Tokkayev']);
	expect(misspellings('Mattarella')).toEqual(['Matarella']);
	expect(misspellings('توكاييف')).toEqual(['تكاييف', 'توكايييف']);
	expect(misspellings('بوتين')).toEqual(['بتين', 'بوتيين']);
	expect(misspellings('جباروف')).toEqual(['جبروف', 'جاباروف']);
});
