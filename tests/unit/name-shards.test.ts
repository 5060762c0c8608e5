import { expect, test } from 'vitest';
import { suggest } from '../../src/lib/fuzzy.ts';
import { filesForQuery, nameKey, SHARD_BUDGET, SHARED_WORD_LIMIT, splitNames } from '../../src/lib/name-shards.ts';
import { foldName } from '../../src/lib/search-normalize.ts';
import { misspellings } from '../../scripts/lib/search-quality.ts';

const vantar = { id: 'vantar', forms: ['Ines Vantar', 'Вантар', 'فانتار'].map(foldName) };

test('a word is keyed by its first letter and next consonants, vowels and doubled letters skipped, in any script', () => {
	expect(nameKey('kallavan')).toBe('kl');
	expect(nameKey('kallavan', 3)).toBe('klvn');
	expect(nameKey('Kalaavvan', 3)).toBe('klvn');
	expect(nameKey('كالافان', 2)).toBe('كلف');
	expect(nameKey('Каллаван')).toBe('кл');
	// The first letter counts even when it is a vowel.
	expect(nameKey('Özdoğan')).toBe('oz');
	expect(nameKey('ua')).toBe('u');
});

test('the misspellings readers make have the key of the name, so "did you mean" reads the right file and finds it', () => {
	const latin = ['Vaantar', ...misspellings('Vantar')];
	const arabic = ['فانتر', ...misspellings('فانتار')];
	expect(latin).toContain('Vanntar');
	expect(arabic).toContain('فانتاار');
	for (const depth of [1, 2, 3]) {
		for (const query of latin) expect(nameKey(query, depth), query).toBe(nameKey('vantar', depth));
		for (const query of arabic) expect(nameKey(query, depth), query).toBe(nameKey('فانتار', depth));
		expect(nameKey('Вантарр', depth)).toBe(nameKey('вантар', depth));
	}
	for (const query of [...latin, ...arabic]) expect(suggest(query, [vantar])).toEqual(['vantar']);
	// One-letter words are not looked up.
	const split = { depth: 3, files: 101 };
	expect(filesForQuery('a Wantar', split)).toEqual(filesForQuery('Wantar', split));
});

const entry = (name: string, bytes = 100) => ({ forms: [foldName(name)], bytes, item: name });

test('a small collection is one file; a large one as many files as keep each in budget, with deeper keys', () => {
	const few = splitNames(['Kallavan', 'Hollis'].map((name) => entry(name)));
	expect(few).toEqual({ depth: 1, files: 1, lists: [['Kallavan', 'Hollis']] });
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
	const arvana = entry('Arvana');
	const summits = Array.from({ length: SHARED_WORD_LIMIT + 1 }, (_, i) => entry(`Arvana summit ${i}`));
	const split = splitNames([arvana, ...summits]);
	expect(split.lists.flat()).toContain('Arvana');
	expect(split.lists[filesForQuery('Arvanna', split)[0]!]).toContain('Arvana');
});

test('a key too large for any file by itself stops the split growing', () => {
	// 300 names of 300 bytes that differ only in their vowels: one key, 90 kB, at any depth.
	const vowels = (i: number) =>
		[i % 5, Math.floor(i / 5) % 5, Math.floor(i / 25) % 5, Math.floor(i / 125) % 5].map((d) => 'aeiou'[d]).join('');
	const names = Array.from({ length: 300 }, (_, i) => `Kallavan${vowels(i)}`);
	expect(new Set(names.map((name) => nameKey(name, 3))).size).toBe(1);
	const split = splitNames(names.map((name) => entry(name, 300)));
	expect(split.files).toBeLessThan(10);
	expect(Math.max(...split.lists.map((list) => list.length))).toBe(300);
});

test('surname misspellings: a doubled consonant written once or a single one doubled; a long vowel left out or added', () => {
	expect(misspellings('Vantar')).toEqual(['Vanntar']);
	expect(misspellings('Kallavan')).toEqual(['Kalavan']);
	expect(misspellings('فانتار')).toEqual(['فنتار', 'فانتاار']);
	expect(misspellings('هوليس')).toEqual(['هليس', 'هولييس']);
	expect(misspellings('برانوك')).toEqual(['برنوك', 'بارانوك']);
});
