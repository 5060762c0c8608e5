/** The small rules the checker's messages are built from. */
import { describe, expect, test } from 'vitest';
import { joinProblem } from '../../src/checker/orthography.ts';
import { didYouMean, nearestIds } from '../../src/checker/problem.ts';
import { idTrouble } from '../../src/checker/check.ts';
import { findUnsafeCharacters, firstForeignLetter, normalizeText, scriptsOf } from '../../src/lib/text-hygiene.ts';

describe('Arabic where a prefix meets a link', () => {
	test.each([
		['قال إن اللقاء مهم لـ', 'الرابطة', /expected «للرابطة»/],
		['مهم ل', 'الاتحاد الشمالي', /expected «للاتحاد»/],
		['مهم لل', 'الاتحاد', /doubles the article/],
		['التقى ألفا و ', 'بيتا', /«و» is written apart from «بيتا»/],
		['وصل ب ', 'العاصمة', /«ب» is written apart/],
		['وـ', 'الرابطة', /drawn out with a tatweel/],
	])('%s + %s is wrong', (before, linked, message) => {
		expect(joinProblem(before, linked)).toMatch(message);
	});

	test.each([
		['في ', 'أرفانا'],
		['التقى ألفا و', 'بيتا'],
		['شكرهم لـ', 'كالافان'],
		['رئيس ', 'المجلس البلدي'],
		['قال ', 'الرئيس'],
	])('%s + %s is right', (before, linked) => {
		expect(joinProblem(before, linked)).toBeUndefined();
	});
});

describe('ids that are almost right', () => {
	test('the nearest known ids are suggested, closest first', () => {
		expect(nearestIds('kallavn', ['kallavan', 'ozdogan', 'hollis'])).toEqual(['kallavan']);
		expect(didYouMean('holliss', ['hollis', 'hugo-brannock'])).toBe('; did you mean hollis?');
		expect(didYouMean('zzzz', ['hollis'])).toBe('');
	});

	test('invisible characters and look-alike letters are named where they are', () => {
		expect(idTrouble('kall\u200Bavan')).toBe(
			'contains U+200B (zero-width space) at position 5, which cannot be seen; delete it',
		);
		expect(idTrouble('kal\u0430van')).toMatch(/the Cyrillic "а" at position 4 looks like a Latin letter/);
		expect(idTrouble('kallavan')).toBeUndefined();
	});
});

describe('text hygiene', () => {
	test('text is trimmed and in Unicode normal form C', () => {
		expect(normalizeText('  Kallave\u0301n ')).toBe('Kallavén');
	});

	test('direction overrides and control characters are found; ordinary marks are not', () => {
		expect(findUnsafeCharacters('a\u202Eb\u0007c\td\u200Fe').map((c) => c.index)).toEqual([1, 3]);
	});

	test('scripts are named, and the first letter of another script found', () => {
		expect(scriptsOf('Kallavan Каллаван كالافان')).toEqual(['Latin', 'Cyrillic', 'Arabic']);
		expect(firstForeignLetter('beta')).toBeUndefined();
		expect(firstForeignLetter('bet\u0430')).toEqual({ index: 3, char: '\u0430', script: 'Cyrillic' });
	});
});
