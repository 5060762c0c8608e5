import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { readSourceDocument, splitParagraphs } from '../../src/checker/source-document.ts';

/** The site fixture's Arabic source (invented): a headline, then three paragraphs with blank lines between. */
const folder = 'tests/fixtures/site/briefings/sources/harbour-herald';

/** The SHA-256 of the article exactly as it was written for the tests: a tidied copy would test other bytes. */
const AS_RECEIVED = 'de7da61a964fff9ca7af65ade202bc368400c50b94f376dd2ffba263001cd82a';

test('the article is kept byte for byte as it was received', async () => {
	const bytes = await readFile(`${folder}/original.ar.txt`);
	expect(createHash('sha256').update(bytes).digest('hex')).toBe(AS_RECEIVED);
});

test('the original is split into the three numbered paragraphs of the source, each a line of the file as written', async () => {
	const { data, problems } = await readSourceDocument(folder, `${folder}/source.yaml`);
	expect(problems).toEqual([]);
	const paragraphs = data!['paragraphs'] as { n: number; original: string; en: string; ar: string }[];
	expect(paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
	// The openings of the paragraphs, the headline skipped.
	const openings = ['استضاف الرئيس عمر سائدي', 'وبحث المشاركون التجارة', 'والتقت الرئيسة أيلين أوزدوغان'];
	expect(paragraphs.map((p) => p.original.slice(0, openings[p.n - 1]!.length))).toEqual(openings);
	const lines = (await readFile(`${folder}/original.ar.txt`, 'utf8')).split('\n').map((line) => line.trimEnd());
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
