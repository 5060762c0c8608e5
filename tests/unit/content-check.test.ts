import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { fixtureBriefings } from '../helpers/fixtures.ts';

/** The checker's report for a fixture, with the temporary folder shown as `briefings/`. */
async function report(name: string): Promise<string[]> {
	const dir = await fixtureBriefings(name);
	const { problems } = await checkContent(dir);
	const prefix = relative(process.cwd(), dir);
	return problems.map((p) => formatProblem(p).replaceAll(prefix, 'briefings'));
}

describe('content checker', () => {
	test('accepts the real briefings', async () => {
		const { problems, entries } = await checkContent('briefings');
		expect(problems.map(formatProblem)).toEqual([]);
		expect(entries.length).toBeGreaterThan(40);
	});

	test('accepts the valid fixture', async () => {
		expect(await report('valid')).toEqual([]);
	});

	// One line per problem, naming the file and line, the field, the bad value and what was expected.
	test.each([
		[
			'unknown-reference',
			'briefings/meetings/alpha-beta.mdx:6: sides[1]: "ghost" is not a known people id; expected one of: alpha, beta, gamma',
		],
		['missing-arabic', 'briefings/people/beta.mdx:5: office.ar: missing; expected Arabic text'],
		[
			'missing-field',
			'briefings/people/beta.mdx:2: office: missing; expected text in English and Arabic, written { en: "…", ar: "…" }',
		],
		['mistyped-field', 'briefings/summits/first-summit.mdx:4: edition: got "first"; expected number'],
		[
			'impossible-date',
			'briefings/meetings/alpha-beta.mdx:3: date: "2022-02-30" is not a real calendar date; expected YYYY-MM-DD',
		],
		[
			'meeting-outside-summit',
			'briefings/meetings/alpha-beta.mdx:3: date: "2022-11-15" is outside the summit first-summit (2022-10-27 to 2022-10-28); expected a date within the summit it is attached to',
		],
		[
			'mdx-does-not-parse',
			'briefings/people/alpha.mdx:23: body: MDX does not parse: Expected a closing tag for `<b>` before the end of `paragraph` (mdx-jsx:unexpected-character)',
		],
		[
			'duplicate-id',
			'briefings/topics.yaml:7: id: duplicate id "alpha", already used by briefings/people/alpha.mdx; expected every id to be unique across all collections',
		],
		[
			'missing-language-block',
			'briefings/people/alpha.mdx: body: has no <Ar> block; expected the Arabic text inside <Ar>…</Ar>',
		],
		[
			'unknown-link',
			'briefings/people/alpha.mdx:17: body: <Link to="nobody"> points to no entity; expected the id of a person, summit, meeting, country, organisation, topic or source',
		],
	])('reports %s', async (fixture, expected) => {
		expect(await report(fixture)).toEqual([expected]);
	});

	test('reports every problem at once: cited paragraphs that do not exist, in data and body', async () => {
		expect(await report('citation-out-of-range')).toEqual([
			'briefings/people/alpha.mdx:10: cites[1]: cites ¶7, which does not exist; expected a paragraph of demo-source (1–3)',
			'briefings/people/alpha.mdx:23: body: <Cite p="12"> cites a paragraph that does not exist; expected a paragraph of demo-source (1–3)',
		]);
	});
});
