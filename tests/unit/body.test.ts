/**
 * A briefing body from MDX to HTML: parsed once into the small tree the site
 * keeps, analysed for how each statement is known, and rendered with every
 * piece of author text escaped.
 */
import { describe, expect, test } from 'vitest';
import { parseBody } from '../../src/build/content/parse-body.ts';
import { analyseBlock, slugify } from '../../src/lib/body/analyse.ts';
import { renderBlock, type RenderContext } from '../../src/lib/body/render.ts';

const body = (en: string, ar = en) =>
	`<En>\n\n<BottomLine>\n\n${en}\n\n</BottomLine>\n\n<WhyItMatters>\n\nWhy. <Cite p="1" />\n\n</WhyItMatters>\n\n</En>\n\n<Ar>\n\n<BottomLine>\n\n${ar}\n\n</BottomLine>\n\n<WhyItMatters>\n\nلماذا. <Cite p="1" />\n\n</WhyItMatters>\n\n</Ar>\n`;

function parsed(source: string) {
	const result = parseBody(source, 10);
	expect(result.problems).toEqual([]);
	return result.body!;
}

/** A context that draws each component as a bracketed tag, to see the structure. */
const context: RenderContext = {
	primary: 'src',
	link: (to, inner) => `[link ${to}:${inner ?? '(name)'}]`,
	cite: (c) => `[cite ${c.source} ${c.p.join(',')}]`,
	mark: (kind, reason, inner, block) => `[${kind}${block ? ' block' : ''} "${reason}": ${inner}]`,
	section: (kind, inner) => `<section ${kind}>${inner}</section>`,
};

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

describe('rendering', () => {
	test('escapes the text the author wrote; reasons reach the page’s mark unchanged, for it to escape', () => {
		const tree = parsed(body('a < b & "c" <Inferred because="x <y>">z &lt;b&gt;</Inferred> <Cite p="2" />'));
		const html = renderBlock(tree.blocks.en, context, []);
		expect(html).toContain('a &lt; b &amp; &quot;c&quot; [inferred "x <y>": z &lt;b&gt;]');
	});

	test('a mark on a line of its own is a paragraph; around paragraphs it is a block', () => {
		const tree = parsed(
			body('<Inferred because="r">One line.</Inferred>\n\n<Background from="f">\n\nPara.\n\n</Background>'),
		);
		expect(renderBlock(tree.blocks.en, context, [])).toContain(
			'<section bottom-line><p>[inferred "r": One line.]</p>[background block "f": <p>Para.</p>]</section>',
		);
	});

	test('headings get the ids the table of contents links to; links and citations are drawn by the page', () => {
		const source = body('Intro <Cite p="2" />').replace(
			'</BottomLine>\n\n<WhyItMatters>',
			'</BottomLine>\n\n## Who took part\n\n- <Link to="alpha" /> <Cite src="s2" p="4" />\n\n<WhyItMatters>',
		);
		const tree = parsed(source);
		const analysis = analyseBlock(tree.blocks.en, 'src');
		expect(analysis.headings).toEqual([{ depth: 2, text: 'Who took part', id: 'who-took-part' }]);
		expect(renderBlock(tree.blocks.en, context, analysis.headings)).toContain(
			'<h2 id="who-took-part">Who took part</h2><ul><li>[link alpha:(name)][cite s2 4]</li></ul>',
		);
	});

	test('heading ids work in any script', () => {
		expect(slugify('Who took part?')).toBe('who-took-part');
		expect(slugify('المشاركون في القمة')).toBe('المشاركون-في-القمة');
	});
});
