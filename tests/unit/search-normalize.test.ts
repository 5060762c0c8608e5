import { expect, test } from 'vitest';
import { editDistance, suggest } from '../../src/lib/fuzzy.ts';
import { foldName, normalizeQuery } from '../../src/lib/search-normalize.ts';

test('queries typed with Persian or Urdu letters, marks or joiners become standard Arabic', () => {
	expect(normalizeQuery('کازاخستان')).toBe('كازاخستان');
	expect(normalizeQuery('الوسطیٰ')).toBe('الوسطي');
	expect(normalizeQuery('ميـــثاق')).toBe('ميثاق');
	expect(normalizeQuery('  مِيثَاق\u200c  ')).toBe('ميثاق');
});

test('names that differ only in orthography fold to one form', () => {
	const forms = (names: string[]) => new Set(names.map(foldName));
	expect(forms(['أردوغان', 'اردوغان', 'إردوغان'])).toEqual(new Set(['اردوغان']));
	expect(forms(['رئيسي', 'رءيسي', 'ريسي'])).toEqual(new Set(['ريسي']));
	expect(forms(['Erdoğan', 'ERDOGAN', 'erdogan'])).toEqual(new Set(['erdogan']));
	expect(forms(['Kassym-Jomart', 'kassym jomart'])).toEqual(new Set(['kassym jomart']));
});

test('edit distance counts a swap of two letters as one edit', () => {
	expect(editDistance('tokayev', 'tokyaev')).toBe(1);
	expect(editDistance('tokayev', 'tokaev')).toBe(1);
	expect(editDistance('putin', 'putin')).toBe(0);
});

test('did-you-mean finds the entity behind a misspelt name, in any script', () => {
	const entities = [
		{ id: 'tokayev', forms: ['kassym jomart tokayev', 'tokaev', 'токаев', foldName('توكاييف')] },
		{ id: 'mirziyoyev', forms: ['shavkat mirziyoyev', foldName('ميرزيوييف')] },
		{ id: 'putin', forms: ['vladimir putin', 'путин'] },
	];
	expect(suggest('Tokayef', entities)).toEqual(['tokayev']);
	expect(suggest('Mirzijoyev', entities)).toEqual(['mirziyoyev']);
	expect(suggest('توكايف', entities)).toEqual(['tokayev']);
	expect(suggest('Путен', entities)).toEqual(['putin']);
	expect(suggest('zzz', entities)).toEqual([]);
	// Three letters allow one slip: an Arabic name without one of its long vowels.
	expect(suggest('عبس', [{ id: 'abbas', forms: ['محمود عباس', 'mahmoud abbas'] }])).toEqual(['abbas']);
	expect(suggest('ab', entities)).toEqual([]);
	expect(suggest('Tokaev', entities)).toEqual([]); // a known spelling: search finds it
	expect(suggest('completely unrelated', entities)).toEqual([]);
});

test('of entities as close to a misspelt name, the one it names alone comes before events that name it', () => {
	const meeting = (n: number) => ({ id: `meetings/m${n}`, forms: [`talluve okoro meets abas ${n}`] });
	const entities = [meeting(1), meeting(2), meeting(3), { id: 'people/talluve', forms: ['talluve okoro'] }];
	expect(suggest('Taluve', entities)[0]).toBe('people/talluve');
});
