import { expect, test } from 'vitest';
import { allNames, scriptLanguage, vocabularyOf } from '../../src/lib/names.ts';

test('a name is tagged with the language of its script, Latin inheriting the page', () => {
	expect(scriptLanguage('كالافان')).toBe('ar');
	expect(scriptLanguage('Каллаван')).toBe('ru');
	expect(scriptLanguage('Kallavan')).toBeUndefined();
});

test('every name and spelling once, in both scripts; vocabulary in both languages', () => {
	const data = {
		name: { en: 'Teodor Kallavan', ar: 'تيودور كالافان' },
		shortName: { en: 'Kallavan', ar: 'كالافان' },
		spellings: ['Kalavan', 'Каллаван', 'Kallavan'],
		vocabulary: { en: ['head of state'], ar: ['رئيس الدولة'] },
	};
	expect(allNames(data)).toEqual(['Teodor Kallavan', 'تيودور كالافان', 'Kallavan', 'كالافان', 'Kalavan', 'Каллаван']);
	expect(vocabularyOf(data)).toEqual(['head of state', 'رئيس الدولة']);
	expect(allNames({})).toEqual([]);
	expect(vocabularyOf({})).toEqual([]);
});
