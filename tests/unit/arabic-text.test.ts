/** The shared rules of written Arabic: what is invisible, what other keyboards type, which particles attach. */
import { describe, expect, test } from 'vitest';
import { ARTICLE_FORMS, DEFINITE_START, normalizeArabic, standardArabic } from '../../src/lib/arabic-text.ts';

describe('standard Arabic keeps every spelling a reader wrote, and drops what no reader sees', () => {
	test.each([
		['مُـشَـارَكَة', 'مشاركة', 'vowel marks and tatweel'],
		['\u200Fأستانا\u200E', 'أستانا', 'direction marks'],
		['\u2067قمة\u2069', 'قمة', 'isolates'],
		['\u061Cتعاون', 'تعاون', 'the Arabic letter mark'],
		['کازاخستان', 'كازاخستان', 'a Persian keheh'],
		['ری\u06CCسی', 'رييسي', 'a Farsi yeh'],
		['مدرسۀ', 'مدرسة', 'a Persian heh with yeh above, a ta marbuta'],
	])('%s → %s (%s)', (written, standard) => {
		expect(standardArabic(written)).toBe(standard);
	});

	test('normalising also folds what a reader takes for one letter: hamza on alef, alef maqsura, ta marbuta', () => {
		expect(normalizeArabic('إلى')).toBe('الي');
		expect(normalizeArabic('آسيا')).toBe('اسيا');
		expect(normalizeArabic('مدرسۀ')).toBe('مدرسه');
		// Standard Arabic keeps them.
		expect(standardArabic('إلى')).toBe('إلى');
	});
});

test('the article with its particles, longest first, and the words that begin with it', () => {
	expect(ARTICLE_FORMS).toEqual(['وال', 'فال', 'بال', 'كال', 'لل', 'ال']);
	expect(['الصين', 'والصين', 'بالصين', 'للصين', 'فالمؤتمر'].every((w) => DEFINITE_START.test(w))).toBe(true);
	expect(['صين', 'كازاخستان', 'ولد'].some((w) => DEFINITE_START.test(w))).toBe(false);
});
