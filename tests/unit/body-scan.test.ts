import { expect, test } from 'vitest';
import { parseCiteValue, scanBody } from '../../src/lib/body-scan.ts';

const body = `
<En>

<BottomLine>

<Link to="tokayev">Tokayev</Link> opened it. <Cite p="2, 3" />

</BottomLine>

</En>

<Ar>

<Link to="kz">كازاخستان</Link> <Cite p="1" />

</Ar>
`;

test('finds language blocks, links and citations, with their language and line', () => {
	const scan = scanBody(body, 10);
	expect(scan.parseError).toBeUndefined();
	expect(scan.blocks).toEqual({ en: 12, ar: 22 });
	expect(scan.sections.en).toEqual(['BottomLine']);
	expect(scan.links).toEqual([
		{ to: 'tokayev', line: 16, locale: 'en' },
		{ to: 'kz', line: 24, locale: 'ar' },
	]);
	expect(scan.citations.map((c) => [c.locale, c.paragraphs])).toEqual([
		['en', [2, 3]],
		['ar', [1]],
	]);
	expect(scan.stray).toEqual([]);
});

test('collects the headings of each language', () => {
	const scan = scanBody('<En>\n\n## What was <Link to="x">said</Link>\n\n</En>\n\n<Ar>\n\n## ما قيل\n\n</Ar>\n');
	expect(scan.headings).toEqual({ en: ['What was said'], ar: ['ما قيل'] });
});

test('flags text outside the language blocks, unknown components and expressions', () => {
	const scan = scanBody('Loose text\n\n<En>\n\n<Aside /> {1 + 1}\n\n</En>\n');
	expect(scan.stray.map((s) => s.line)).toEqual([1]);
	expect(scan.misuse.map((m) => m.message)).toEqual([
		expect.stringContaining('unknown component <Aside>'),
		expect.stringContaining('{expressions} are not allowed'),
	]);
});

test('reports a parse error at the file line', () => {
	const scan = scanBody('<En>\n\n<b>open\n', 5);
	expect(scan.parseError?.line).toBe(8);
});

test('citation values are comma-separated paragraph numbers', () => {
	expect(parseCiteValue('4,5')).toEqual([4, 5]);
	expect(parseCiteValue(' 7 ')).toEqual([7]);
	expect(parseCiteValue('4-5')).toEqual([]);
	expect(parseCiteValue('')).toEqual([]);
});
