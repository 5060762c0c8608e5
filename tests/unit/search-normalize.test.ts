import { expect, test } from 'vitest';
import { editDistance, suggest } from '../../src/lib/fuzzy.ts';
import { foldName, normalizeQuery } from '../../src/lib/search-normalize.ts';

test('queries typed with Persian or Urdu letters, marks or joiners become standard Arabic', () => {
	expect(normalizeQuery('کالافان')).toBe('كالافان');
	expect(normalizeQuery('الكبریٰ')).toBe('الكبري');
	expect(normalizeQuery('ميـــثاق')).toBe('ميثاق');
	expect(normalizeQuery('  مِيثَاق\u200c  ')).toBe('ميثاق');
});

test('names that differ only in orthography fold to one form', () => {
	const forms = (names: string[]) => new Set(names.map(foldName));
	expect(forms(['أوزدوغان', 'اوزدوغان', 'إوزدوغان'])).toEqual(new Set(['اوزدوغان']));
	expect(forms(['سائدي', 'ساءدي', 'سادي'])).toEqual(new Set(['سادي']));
	expect(forms(['Özdoğan', 'OZDOGAN', 'ozdogan'])).toEqual(new Set(['ozdogan']));
	expect(forms(['Ines-Nadia', 'ines nadia'])).toEqual(new Set(['ines nadia']));
});

test('edit distance counts a swap of two letters as one edit', () => {
	expect(editDistance('kallavan', 'kallvaan')).toBe(1);
	expect(editDistance('kallavan', 'kalavan')).toBe(1);
	expect(editDistance('hollis', 'hollis')).toBe(0);
});

test('did-you-mean finds the entity behind a misspelt name, in any script', () => {
	const entities = [
		{ id: 'kallavan', forms: ['teodor kallavan', 'kalavan', 'каллаван', foldName('كالافان')] },
		{ id: 'ozdogan', forms: ['aylin ozdogan', foldName('أوزدوغان')] },
		{ id: 'hollis', forms: ['marek hollis', 'холлис'] },
	];
	expect(suggest('Kallawan', entities)).toEqual(['kallavan']);
	expect(suggest('Ozdogen', entities)).toEqual(['ozdogan']);
	expect(suggest('كالفان', entities)).toEqual(['kallavan']);
	expect(suggest('Холлес', entities)).toEqual(['hollis']);
	expect(suggest('zzz', entities)).toEqual([]);
	// Three letters allow one slip: an Arabic name without one of its long vowels.
	expect(suggest('زلم', [{ id: 'zalem', forms: ['هادي زالم', 'hadi zalem'] }])).toEqual(['zalem']);
	expect(suggest('ab', entities)).toEqual([]);
	expect(suggest('Kalavan', entities)).toEqual([]); // a known spelling: search finds it
	expect(suggest('completely unrelated', entities)).toEqual([]);
});

test('of entities as close to a misspelt name, the one it names alone comes before events that name it', () => {
	const meeting = (n: number) => ({ id: `meetings/m${n}`, forms: [`talluve okoro meets abas ${n}`] });
	const entities = [meeting(1), meeting(2), meeting(3), { id: 'people/talluve', forms: ['talluve okoro'] }];
	expect(suggest('Taluve', entities)[0]).toBe('people/talluve');
});
