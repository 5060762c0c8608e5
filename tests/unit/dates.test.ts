import { expect, test } from 'vitest';
import { isCalendarDate, isPartialDate } from '../../src/lib/dates.ts';
import { formatDate, formatDateRange } from '../../src/lib/format.ts';

test('a calendar date must exist', () => {
	expect(isCalendarDate('2022-10-13')).toBe(true);
	expect(isCalendarDate('2024-02-29')).toBe(true);
	expect(isCalendarDate('2022-02-30')).toBe(false);
	expect(isCalendarDate('2023-02-29')).toBe(false);
	expect(isCalendarDate('2022-13-01')).toBe(false);
	expect(isCalendarDate('2022-10')).toBe(false);
});

test('a partial date may stop at the year or month', () => {
	expect(isPartialDate('1992')).toBe(true);
	expect(isPartialDate('1992-06')).toBe(true);
	expect(isPartialDate('1992-00')).toBe(false);
	expect(isPartialDate('92')).toBe(false);
});

test('dates are written in the reader’s language at the precision known', () => {
	expect(formatDate('2022-10-13', 'en')).toBe('13 October 2022');
	expect(formatDate('2022-10-13', 'ar')).toContain('أكتوبر');
	expect(formatDate('1992', 'en')).toBe('1992');
	expect(formatDateRange('2022-10-12', '2022-10-13', 'en')).toMatch(/^12\s?–\s?13 October 2022$/);
	expect(formatDateRange('2022-10-13', '2022-10-13', 'en')).toBe('13 October 2022');
});
