import { expect, test } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

test('fields are quoted only when they must be, quotes doubled', () => {
	expect(csvField('Astana')).toBe('Astana');
	expect(csvField('Tokayev, Kassym-Jomart')).toBe('"Tokayev, Kassym-Jomart"');
	expect(csvField('the "Astana format"')).toBe('"the ""Astana format"""');
	expect(csvField('two\nlines')).toBe('"two\nlines"');
	expect(csvField(undefined)).toBe('');
	expect(csvField(3)).toBe('3');
	expect(csvField(false)).toBe('false');
});

test('a file starts with a byte-order mark (Excel reads Arabic right) and ends every row with CRLF', () => {
	const csv = toCsv(
		['id', 'name'],
		[
			['tokayev', 'قاسم جومارت توكاييف'],
			['putin', undefined],
		],
	);
	expect(csv).toBe('\uFEFFid,name\r\ntokayev,قاسم جومارت توكاييف\r\nputin,\r\n');
});
