/**
 * A briefing body: parsed by the checker (with Sätteri, the parser Astro's
 * MDX uses) into the small tree the site reads links and citations from,
 * analysed for how each statement is known, and compiled by @astrojs/mdx's
 * compiler with the plugin that tells each author component its briefing.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { parseBody } from '../../src/checker/parse-body.ts';
import { briefingBody } from '../../src/mdx/briefing-body.ts';
import { selectLanguage } from '../../src/mdx/language-blocks.ts';
import { analyseBlock, slugify } from '../../src/lib/body/analyse.ts';

const body = (en: string, ar = en) =>
	`<En>\n\n<BottomLine>\n\n${en}\n\n</BottomLine>\n\n<WhyItMatters>\n\nWhy. <Cite p="1" />\n\n</WhyItMatters>\n\n</En>\n\n<Ar>\n\n<BottomLine>\n\n${ar}\n\n</BottomLine>\n\n<WhyItMatters>\n\nلماذا. <Cite p="1" />\n\n</WhyItMatters>\n\n</Ar>\n`;

function parsed(source: string) {
	const result = parseBody(source, 10);
	expect(result.problems).toEqual([]);
	return result.body!;
}

/** Compiles a body as @astrojs/mdx does, with the briefing plugin, as the file `briefings/people/alpha.mdx`. */
async function compiled(source: string, frontmatter: Record<string, unknown> = { source: 'demo-source' }) {
	const { code } = await mdxToJs(source, {
		hastPlugins: [briefingBody],
		jsxImportSource: 'astro',
		elementAttributeNameCase: 'html',
		fileURL: new URL('file:///project/briefings/people/alpha.mdx'),
		data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
	});
	return code.replace(/\s+/g, ' ');
}

describe('parsing', () => {
	test('keeps the file’s line numbers on statements, links and citations', () => {
		const tree = parsed(body('Met <Link to="beta">Beta</Link>. <Cite p="2" />'));
		const analysis = analyseBlock(tree.blocks.en, 'src');
		expect(tree.lines).toEqual({ en: 11, ar: 27 });
		expect(analysis.statements[0]).toMatchObject({ text: 'Met Beta.', kind: 'stated', line: 15 });
		expect(analysis.links).toEqual([{ to: 'beta', line: 15 }]);
		expect(analysis.citations[0]).toMatchObject({ source: 'src', p: [2], line: 15 });
	});

	test('names every component and attribute it does not know', () => {
		const { problems } = parseBody(
			body('Hi <Note>x</Note> <Cite p="2" to="x" /> <Link>y</Link>', 'مرحبًا <Cite p="2" />'),
		);
		expect(problems.map((p) => p.message)).toEqual([
			'unknown component <Note>; expected one of En, Ar, BottomLine, WhyItMatters, Link, Cite, Inferred, Background',
			'<Cite> has an unknown attribute "to"; expected p, src',
			'<Link> has no to="…"; expected the id of the entity linked to',
		]);
	});
});

describe('how each statement is known', () => {
	test('stated, inferred, background, or neither', () => {
		const tree = parsed(
			body(
				[
					'Cited. <Cite p="2" />',
					'<Inferred because="No year given.">Inferred on one line.</Inferred>',
					'<Background from="A yearbook.">\n\nWhole paragraph.\n\n</Background>',
					'Plain, and <Inferred because="r">partly marked</Inferred>.',
					'Nothing at all.',
				].join('\n\n'),
			),
		);
		const kinds = analyseBlock(tree.blocks.en, 'src').statements.map((s) => [s.text, s.kind]);
		expect(kinds).toEqual([
			['Cited.', 'stated'],
			['Inferred on one line.', 'inferred'],
			['Whole paragraph.', 'background'],
			['Plain, and partly marked.', 'unsourced'],
			['Nothing at all.', 'unsourced'],
			['Why.', 'stated'],
		]);
	});

	test('sections carry what they cite, per source, and how many marks they hold', () => {
		const tree = parsed(
			body('One. <Cite p="2,3" /> Two. <Cite src="other" p="1" /> <Inferred because="r">x</Inferred>'),
		);
		const [bottomLine, why] = analyseBlock(tree.blocks.en, 'src').sections;
		expect(bottomLine).toMatchObject({
			kind: 'bottom-line',
			cited: ['other#1', 'src#2', 'src#3'],
			marks: { inferred: 1, background: 0 },
		});
		expect(why).toMatchObject({ kind: 'why-it-matters', cited: ['src#1'] });
	});
});

describe('compiled by @astrojs/mdx', () => {
	test('every component that needs it is told its briefing; a citation with no source is given the primary one', async () => {
		const code = await compiled(body('Met <Link to="beta" />. <Cite p="2" /> <Cite src="other" p="1" />'));
		expect(code).toContain('_jsx(Cite, { p: "2", entry: "alpha", src: "demo-source" })');
		expect(code).toContain('_jsx(Cite, { src: "other", p: "1", entry: "alpha" })');
		expect(code).toContain('_jsx(Link, { to: "beta" })');
		expect(code).toMatch(/_jsx\(BottomLine, \{ entry: "alpha", children:/);
		expect(code).toMatch(/_jsx\(WhyItMatters, \{ entry: "alpha", children:/);
	});

	test('marks are numbered through the file, and each says how it sits: in a sentence, as a paragraph, around paragraphs', async () => {
		const code = await compiled(
			body(
				'Plain, <Inferred because="r">partly</Inferred>. <Cite p="2" />\n\n<Inferred because="s">One line.</Inferred>\n\n<Background from="f">\n\nPara.\n\n</Background>',
			),
		);
		expect(code).toContain('because: "r", entry: "alpha", mark: "1", layout: "inline"');
		expect(code).toContain('because: "s", entry: "alpha", mark: "2", layout: "paragraph"');
		expect(code).toContain('from: "f", entry: "alpha", mark: "3", layout: "block"');
		// The Arabic block's marks go on counting: ids stay unique whatever is drawn.
		expect(code).toContain('mark: "4", layout: "inline"');
	});

	test('each language block is drawn only for a page in its language', async () => {
		const code = selectLanguage(await compiled(body('Met. <Cite p="2" />')));
		expect(code).toContain('props.lang === "en" && _jsxs(En, {');
		expect(code).toContain('props.lang === "ar" && _jsxs(Ar, {');
		expect(code.match(/_jsxs?\((?:En|Ar), /g)).toHaveLength(2);
	});

	test('headings get ids scoped by the briefing, unique in the file, in any script', async () => {
		const source = body('Intro <Cite p="2" />').replaceAll(
			'</BottomLine>\n\n<WhyItMatters>',
			'</BottomLine>\n\n## Who took part\n\n- <Link to="alpha" /> <Cite p="4" />\n\n<WhyItMatters>',
		);
		const code = await compiled(source.replace('## Who took part', '## المشاركون'));
		expect(code).toContain('id: "alpha-المشاركون"');
		const twice = await compiled(source);
		expect(twice).toContain('id: "alpha-who-took-part"');
		expect(twice).toContain('id: "alpha-who-took-part-2"');
	});

	test('heading ids work in any script', () => {
		expect(slugify('Who took part?')).toBe('who-took-part');
		expect(slugify('المشاركون في القمة')).toBe('المشاركون-في-القمة');
	});
});
