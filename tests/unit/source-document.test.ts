import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { readSourceDocument, splitParagraphs } from '../../src/build/content/source-document.ts';

const folder = 'briefings/sources/kazakhstan-diplomacy-2022';

/** The SHA-256 of the article exactly as it was received, recorded when it arrived. */
const AS_RECEIVED = '39d29360cfdcc4beba73fb117de85c3e1d72b8b4176b8063409b687c935fc5f9';

test('the article is kept byte for byte as it was received', async () => {
	const bytes = await readFile(`${folder}/article.ar.txt`);
	expect(createHash('sha256').update(bytes).digest('hex')).toBe(AS_RECEIVED);
});

test('the original is split into the nine numbered paragraphs of the source, each a line of the file as written', async () => {
	const { data, problems } = await readSourceDocument(folder, `${folder}/source.yaml`);
	expect(problems).toEqual([]);
	const paragraphs = data!['paragraphs'] as { n: number; original: string; en: string; ar: string }[];
	expect(paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
	// The openings listed in the source's own paragraph table.
	const openings = [
		'أستانا / كازاخستان ، بروكسل',
		'في 13 أكتوبر 2022',
		'يصادف هذا العام',
		'بعد قمة CICA',
		'رؤساء الدول الخمس',
		'وأشار توكاييف إلى أن',
		'وأشار بيان صحفي مشترك',
		'وبصرف النظر عن',
		'كما عقد الرئيس توكاييف',
	];
	expect(paragraphs.map((p) => p.original.slice(0, openings[p.n - 1]!.length))).toEqual(openings);
	const lines = (await readFile(`${folder}/article.ar.txt`, 'utf8')).split('\n').map((line) => line.trimEnd());
	for (const p of paragraphs) expect(lines).toContain(p.original);
	// The original is Arabic: the Arabic text is the original itself, the English a translation.
	for (const p of paragraphs) {
		expect(p.ar).toBe(p.original);
		const latin = p.en.match(/\p{Script=Latin}/gu)?.length ?? 0;
		const arabic = p.en.match(/\p{Script=Arabic}/gu)?.length ?? 0;
		expect(latin, `¶${p.n} in English`).toBeGreaterThan(arabic * 5);
	}
});

test('paragraphs are the non-blank lines after the skipped ones, whatever the line endings', () => {
	expect(splitParagraphs('Title\r\n\r\nOne.\r\n \r\nTwo.\rThree.\n', 1)).toEqual(['One.', 'Two.', 'Three.']);
});
