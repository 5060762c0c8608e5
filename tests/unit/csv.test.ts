import { expect, test } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

test('fields are quoted only when they must be, quotes doubled', () => {
	expect(csvField('Arvana')).toBe('Arvana');
	expect(csvField('Kallavan, Teodor')).toBe('"Kallavan, Teodor"');
	expect(csvField('the "Arvana format"')).toBe('"the ""Arvana format"""');
	expect(csvField('two\nlines')).toBe('"two\nlines"');
	expect(csvField(undefined)).toBe('');
	expect(csvField(3)).toBe('3');
	expect(csvField(false)).toBe('false');
});

test('a file starts with a byte-order mark (Excel reads Arabic right) and ends every row with CRLF', () => {
	const csv = toCsv(
		['id', 'name'],
		[
			['kallavan', 'تيودور كالافان'],
			['hollis', undefined],
		],
	);
	expect(csv).toBe('\uFEFFid,name\r\nkallavan,تيودور كالافان\r\nhollis,\r\n');
});
