import { expect, test } from 'vitest';
import { allNames, scriptLanguage, vocabularyOf } from '../../src/lib/names.ts';

test('a name is tagged with the language of its script, Latin inheriting the page', () => {
	expect(scriptLanguage('توكاييف')).toBe('ar');
	expect(scriptLanguage('Токаев')).toBe('ru');
	expect(scriptLanguage('Tokayev')).toBeUndefined();
});

test('every name and spelling once, in both scripts; vocabulary in both languages', () => {
	const data = {
		name: { en: 'Kassym-Jomart Tokayev', ar: 'قاسم جومارت توكاييف' },
		shortName: { en: 'Tokayev', ar: 'توكاييف' },
		spellings: ['Tokaev', 'Токаев', 'Tokayev'],
		vocabulary: { en: ['head of state'], ar: ['رئيس الدولة'] },
	};
	expect(allNames(data)).toEqual([
		'Kassym-Jomart Tokayev',
		'قاسم جومارت توكاييف',
		'Tokayev',
		'توكاييف',
		'Tokaev',
		'Токаев',
	]);
	expect(vocabularyOf(data)).toEqual(['head of state', 'رئيس الدولة']);
	expect(allNames({})).toEqual([]);
	expect(vocabularyOf({})).toEqual([]);
});
