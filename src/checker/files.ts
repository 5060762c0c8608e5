/**
 * Reading an author's file as text, whatever their editor did to it. UTF-8 is
 * expected; a byte-order mark and Windows (CRLF) or old Mac (CR) line endings
 * are accepted and normalised. UTF-16 and UTF-32, bytes that are not UTF-8,
 * NUL and control characters and text-direction overrides are reported with
 * their line and column instead of being guessed at.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describeCharacter, findUnsafeCharacters } from '../lib/text-hygiene.ts';
import type { Problem } from './problem.ts';

/** 1-based line and column of an offset in a text. */
export function positionOf(text: string, index: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: index - start + 1 };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i]!;
		const length =
			b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += length;
	}
	return -1;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file's bytes; `file` is the name problems are reported under. */
export function decodeText(bytes: Uint8Array, file: string): { text?: string; problems: Problem[] } {
	const fail = (message: string, line?: number, column?: number): { problems: Problem[] } => ({
		problems: [{ file, line, column, field: 'file', message }],
	});
	const [a, b, c, d] = bytes;
	if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
		const form = a === 0xff && c === 0 && d === 0 ? 'UTF-32' : 'UTF-16';
		return fail(`is saved as ${form}; expected UTF-8 (save the file again choosing UTF-8)`);
	}
	const nulls = bytes.subarray(0, 200).filter((x) => x === 0).length;
	if (bytes.length >= 4 && nulls >= Math.min(bytes.length, 200) / 4) {
		return fail('is saved as UTF-16 or another two-byte encoding (it has NUL bytes between letters); expected UTF-8');
	}
	const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
	let text: string;
	try {
		text = UTF8.decode(body);
	} catch {
		const at = firstInvalidByte(body);
		const before = UTF8.decode(body.subarray(0, at)).replace(/\r\n?/g, '\n');
		const { line, column } = positionOf(before, before.length);
		const hex = body[at]!.toString(16).toUpperCase().padStart(2, '0');
		return fail(
			`has a byte 0x${hex} that is not UTF-8 (the file may be Latin-1 or Windows-1252); expected UTF-8`,
			line,
			column,
		);
	}
	text = text.replace(/\r\n?/g, '\n');
	const problems: Problem[] = findUnsafeCharacters(text).map(({ index, char }) => ({
		file,
		...positionOf(text, index),
		field: 'text',
		message: `${describeCharacter(char)} is not allowed: it is invisible and can change what the text says; delete it`,
	}));
	// The text is still read: the character is reported, and every other problem of the file too.
	return { text, problems };
}

/** Reads and decodes a file; a file that cannot be read at all is a problem too. */
export async function readText(path: string, file: string): Promise<{ text?: string; problems: Problem[] }> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code})`;
		return { problems: [{ file, field: 'file', message: `${why}; expected a UTF-8 text file` }] };
	}
	return decodeText(bytes, file);
}

/** A short hash of the texts an entry was read from: it changes when, and only when, the entry does. */
export function digestOf(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('base64url').slice(0, 16);
}
