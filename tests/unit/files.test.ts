/**
 * Files as editors really save them: the checker reads UTF-8 with or without
 * a byte-order mark and with any line endings, and names the file, the line
 * and the column of what it cannot accept.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { decodeText } from '../../src/checker/files.ts';
import { formatProblem } from '../../src/checker/problem.ts';
import { fixtureBriefings } from '../../scripts/lib/fixtures.ts';

const encoder = new TextEncoder();

describe('decoding a file', () => {
	test('a UTF-8 byte-order mark and Windows line endings are accepted and normalised', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('a: 1\r\nb: 2\r\n')]);
		expect(decodeText(bytes, 'x.yaml')).toEqual({ text: 'a: 1\nb: 2\n', problems: [] });
	});

	test('UTF-16, with or without a byte-order mark, is refused with the encoding named', () => {
		const utf16 = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
		const withMark = new Uint8Array([0xff, 0xfe, ...utf16('name: x\n')]);
		expect(decodeText(withMark, 'x.mdx').problems.map(formatProblem)).toEqual([
			'x.mdx: file: is saved as UTF-16; expected UTF-8 (save the file again choosing UTF-8)',
		]);
		expect(decodeText(utf16('name: x\n'), 'x.mdx').problems.map(formatProblem)).toEqual([
			'x.mdx: file: is saved as UTF-16 or another two-byte encoding (it has NUL bytes between letters); expected UTF-8',
		]);
	});

	test('a byte that is not UTF-8 is reported at its line and column', () => {
		const bytes = new Uint8Array([...encoder.encode('name: a\nsummary: caf'), 0xe9, ...encoder.encode('\n')]);
		expect(decodeText(bytes, 'x.mdx').problems.map(formatProblem)).toEqual([
			'x.mdx:2:13: file: has a byte 0xE9 that is not UTF-8 (the file may be Latin-1 or Windows-1252); expected UTF-8',
		]);
	});

	test('a NUL or control character is reported at its line and column, and the rest still read', () => {
		const { text, problems } = decodeText(encoder.encode('a: 1\nb: x\u0000y\n'), 'x.yaml');
		expect(problems.map(formatProblem)).toEqual([
			'x.yaml:2:5: text: U+0000 (NUL) is not allowed: it is invisible and can change what the text says; delete it',
		]);
		expect(text).toBe('a: 1\nb: x\u0000y\n');
	});
});

describe('the whole checker on files saved by other editors', () => {
	test('a briefing saved with a byte-order mark and CRLF line endings is checked as if saved plainly', async () => {
		const dir = await fixtureBriefings('valid');
		const file = join(dir, 'people', 'alpha.mdx');
		const text = await readFile(file, 'utf8');
		await writeFile(file, `\uFEFF${text.replaceAll('\n', '\r\n')}`);
		const { problems, entries } = await checkContent(dir);
		expect(problems).toEqual([]);
		expect(entries.find((e) => e.id === 'alpha')?.data['summary']).toEqual({
			en: 'Alpha leads Northland.',
			ar: 'ألفا يقود أرض الشمال.',
		});
	});

	test('a briefing saved as UTF-16 fails with its file named, and links to it are not reported as unknown', async () => {
		const dir = await fixtureBriefings('valid');
		const file = join(dir, 'people', 'beta.mdx');
		await writeFile(
			file,
			Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(await readFile(file, 'utf8'), 'utf16le')]),
		);
		const { problems } = await checkContent(dir);
		expect(problems.map((p) => formatProblem(p).replace(relative(process.cwd(), dir), 'briefings'))).toEqual([
			'briefings/people/beta.mdx: file: is saved as UTF-16; expected UTF-8 (save the file again choosing UTF-8)',
		]);
	});
});
