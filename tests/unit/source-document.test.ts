import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { readSourceDocument, splitParagraphs } from '../../src/lib/source-document.ts';

const folder = 'briefings/sources/kazakhstan-diplomacy-2022';

test('the original is split into the nine numbered paragraphs of the source', async () => {
	const { data, problems } = await readSourceDocument(folder);
	expect(problems).toEqual([]);
	const paragraphs = data['paragraphs'] as { n: number; original: string; en: string }[];
	expect(paragraphs).toHaveLength(9);
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
	expect(paragraphs.every((p) => p.en.length > 0)).toBe(true);
});

test('every paragraph is the original text exactly as received', async () => {
	const text = await readFile(`${folder}/article.ar.txt`, 'utf8');
	const { data } = await readSourceDocument(folder);
	for (const p of data['paragraphs'] as { original: string }[]) expect(text).toContain(p.original);
	expect(splitParagraphs(text, 5)).toHaveLength(9);
});
