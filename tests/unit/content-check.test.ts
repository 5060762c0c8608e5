/**
 * The content checker, one fixture per mistake (`tests/fixtures/<mistake>/`,
 * laid over the tiny valid collection): each must give exactly the lines an
 * author reads, naming the file and line, the field, the bad value and what
 * was expected.
 */
import { appendFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { formatProblem } from '../../src/checker/problem.ts';
import { fixtureBriefings } from '../../scripts/lib/fixtures.ts';

/** The checker's report for a fixture, with the temporary folder shown as `briefings/`. */
async function report(name: string): Promise<string[]> {
	const dir = await fixtureBriefings(name);
	const { problems } = await checkContent(dir);
	const prefix = relative(process.cwd(), dir);
	return problems.map((p) => formatProblem(p).replaceAll(prefix, 'briefings'));
}

describe('content checker', () => {
	test('accepts the valid fixture', async () => {
		expect(await report('valid')).toEqual([]);
	});

	describe('the schema: fields, values, references, dates', () => {
		test.each<[string, string[]]>([
			[
				'unknown-reference',
				[
					'briefings/meetings/alpha-beta.mdx:6: sides[1]: "ghost" is not a known people id; expected one of: alpha, beta, gamma',
				],
			],
			['missing-arabic', ['briefings/people/beta.mdx:5: office.ar: missing; expected Arabic text']],
			[
				'missing-field',
				[
					'briefings/people/beta.mdx:2: office: missing; expected text in English and Arabic, written { en: "…", ar: "…" }',
				],
			],
			['mistyped-field', ['briefings/summits/first-summit.mdx:4: edition: got "first"; expected number']],
			[
				'impossible-date',
				['briefings/meetings/alpha-beta.mdx:3: date: "2022-02-30" is not a real calendar date; expected YYYY-MM-DD'],
			],
			[
				'meeting-outside-summit',
				[
					'briefings/meetings/alpha-beta.mdx:3: date: "2022-11-15" is outside the summit first-summit (2022-10-27 to 2022-10-28); expected a date within the summit it is attached to',
				],
			],
			[
				'duplicate-id',
				[
					'briefings/topics.yaml:7: id: duplicate id "alpha", already used by briefings/people/alpha.mdx; expected every id to be unique across all collections',
				],
			],
			[
				'retired-field',
				[
					'briefings/meetings/alpha-beta.mdx:5: asOf: no longer used; remove it: "information as of" now comes from the newest source the briefing cites',
					'briefings/meetings/alpha-beta.mdx:6: dateInferred: no longer used; write inferred: { date: { en: …, ar: … } } instead',
				],
			],
			[
				'unknown-id-suggestion',
				['briefings/meetings/alpha-beta.mdx:6: sides[1]: "btea" is not a known people id; did you mean beta?'],
			],
			[
				'provenance-unknown-field',
				[
					'briefings/meetings/alpha-beta.mdx:9: inferred.sumit: names the field "sumit", which this entry does not have; did you mean summit?',
				],
			],
			[
				'search-suite-unknown-page',
				[
					'briefings/search-suite.yaml:2: [0].expect: "people/alpah": no people entry has the id "alpah"; did you mean alpha?',
					'briefings/search-suite.yaml:3: [1].expect: "persons/alpha": "persons" is not a collection; expected one of people, summits, meetings, countries, cities, organisations, topics, sources',
				],
			],
			[
				'search-suite-malformed',
				[
					'briefings/search-suite.yaml:2: [0].edition: got "fr"; expected one of: en, ar',
					'briefings/search-suite.yaml:2: [0].queries: is empty; expected at least one query',
				],
			],
			[
				'fact-cites-unnamed',
				[
					'briefings/people/beta.mdx:11: factCites.office: ¶1 does not name beta; expected a paragraph that names the person, for the office it cites',
					'briefings/people/beta.mdx:11: factCites.countri: names the field "countri", which this entry does not have; did you mean country?',
				],
			],
		])('%s', async (fixture, expected) => {
			expect(await report(fixture)).toEqual(expected);
		});
	});

	test('an entry of a data file left empty is reported under its id (a long fuzz run found it crashed the checker)', async () => {
		const dir = await fixtureBriefings('valid');
		await appendFile(join(dir, 'countries.yaml'), 'dk: null\n');
		const { problems } = await checkContent(dir);
		expect(problems.map((p) => formatProblem(p).replaceAll(relative(process.cwd(), dir), 'briefings'))).toEqual([
			'briefings/countries.yaml:17: dk: missing; expected object',
		]);
	});

	test('site settings are checked like content', async () => {
		expect(await report('handling-mark-english-only')).toEqual([
			'briefings/site.yaml:3: handlingMark.ar: missing; expected Arabic text',
		]);
	});

	test('the languages a collection chooses are ones the interface is written in, each once', async () => {
		expect(await report('languages-unknown')).toEqual([
			'briefings/site.yaml:2: languages[1]: got "de"; expected one of: en, ar, fr',
		]);
		expect(await report('languages-twice')).toEqual([
			'briefings/site.yaml:2: languages: ["en","ar","en"] names a language twice; expected each language once',
		]);
	});

	test('a folder is checked for the languages of its own collection, not another’s', async () => {
		// The unit tests run with the default collection's languages (English and Arabic).
		expect(await report('languages-of-another-collection')).toEqual([
			'briefings/site.yaml:2: languages: this check reads its languages (en, ar) from briefings, not from this folder (en, ar, fr): check it on its own, with BRIEFINGS_DIR set to its folder',
		]);
	});

	test('spellings and vocabulary: each word once, never the name, each language in its own list', async () => {
		expect(await report('search-words-misplaced')).toEqual([
			'briefings/topics.yaml:3: spellings.0: "trade" is already its name.en; expected only other words',
			'briefings/topics.yaml:5: vocabulary.en.1: "التبادل التجاري" is Arabic; expected English words here (Arabic ones go in vocabulary.ar)',
			'briefings/topics.yaml:5: vocabulary.en.2: "Commerce" is listed already, in spellings; expected each word once',
			'briefings/topics.yaml:6: vocabulary.ar.1: "imports" is English; expected Arabic words here (English ones go in vocabulary.en)',
		]);
	});

	describe('places the map can draw', () => {
		test.each<[string, string[]]>([
			[
				'country-not-iso',
				[
					`briefings/countries.yaml:13: id: "ruritania" is not an ISO 3166-1 alpha-2 code; expected the country's two-letter code in lower case, such as fi for Finland (the map finds its boundaries by it)`,
				],
			],
			[
				'coordinates-swapped',
				[
					"briefings/cities.yaml:5: coordinates: [60.2, 24.9] lies 4,669 km outside fi, the city's country; they look like [latitude, longitude]: write [24.9, 60.2]",
				],
			],
		])('%s', async (fixture, expected) => {
			expect(await report(fixture)).toEqual(expected);
		});
	});

	describe('bodies: structure, links and citations', () => {
		test.each<[string, string[]]>([
			[
				'mdx-does-not-parse',
				[
					'briefings/people/alpha.mdx:22: body: MDX does not parse: Expected a closing tag for `<b>` before the end of `paragraph` (mdx-jsx:unexpected-character)',
				],
			],
			[
				'missing-language-block',
				['briefings/people/alpha.mdx:11: body: has no <Ar> block; expected the Arabic text inside <Ar>…</Ar>'],
			],
			[
				'unknown-link',
				[
					'briefings/people/alpha.mdx:16: body: <Link to="nobody"> points to no entity; expected the id of a person, summit, meeting, country, city, organisation, topic or source',
				],
			],
			[
				'unknown-link-suggestion',
				['briefings/people/alpha.mdx:18: body: <Link to="bta"> points to no entity; did you mean beta?'],
			],
			[
				'citation-out-of-range',
				[
					'briefings/people/alpha.mdx:9: cites[1]: cites ¶7, which does not exist; expected a paragraph of demo-source (1–4)',
					'briefings/people/alpha.mdx:22: body: <Cite p="12"> cites ¶12, which does not exist; expected a paragraph of demo-source (1–4)',
					'briefings/people/alpha.mdx:36: body: <WhyItMatters>: the English cites ¶12 and the Arabic ¶3; expected the same paragraphs in both languages',
				],
			],
			[
				'unknown-source-in-cite',
				[
					'briefings/people/alpha.mdx:24: body: <Cite src="demo-sorce" p="3"> cites the unknown source "demo-sorce"; did you mean demo-source?',
					'briefings/people/alpha.mdx:42: body: <WhyItMatters>: the English cites demo-sorce ¶3 and the Arabic ¶3; expected the same paragraphs in both languages',
				],
			],
		])('%s', async (fixture, expected) => {
			expect(await report(fixture)).toEqual(expected);
		});
	});

	describe('every statement is cited, inferred or background, the same in both languages', () => {
		test.each<[string, string[]]>([
			[
				'uncited-statement',
				[
					'briefings/people/alpha.mdx:18: body: English statement “Alpha met Beta.” cites no source and is not marked; expected <Cite p="…" />, or the whole statement inside <Inferred because="…"> or <Background from="…">',
					'briefings/people/alpha.mdx:36: body: <BottomLine>: the English cites nothing and the Arabic ¶2; expected the same paragraphs in both languages',
				],
			],
			[
				'partly-marked-statement',
				[
					'briefings/people/alpha.mdx:18: body: English statement “Alpha met Beta in the capital.” is only partly marked and cites no source; expected <Cite p="…" />, or the whole statement inside <Inferred because="…"> or <Background from="…">',
					'briefings/people/alpha.mdx:36: body: <BottomLine>: the English cites nothing and the Arabic ¶2; expected the same paragraphs in both languages',
					'briefings/people/alpha.mdx:36: body: <BottomLine>: the English has 1 inferred mark and the Arabic 0 inferred marks; expected each mark, with its reason, in both languages',
				],
			],
			[
				'languages-cite-differently',
				[
					'briefings/people/alpha.mdx:36: body: <BottomLine>: the English cites ¶2 and the Arabic ¶3; expected the same paragraphs in both languages',
				],
			],
			[
				'languages-mark-differently',
				[
					'briefings/people/alpha.mdx:42: body: <WhyItMatters>: the English has 1 inferred mark and the Arabic 0 inferred marks; expected each mark, with its reason, in both languages',
				],
			],
			[
				'mark-without-reason',
				[
					'briefings/people/alpha.mdx:26: body: <Inferred> has no because="…"; expected the reason the author concludes it, in the language of the block',
				],
			],
		])('%s', async (fixture, expected) => {
			expect(await report(fixture)).toEqual(expected);
		});
	});

	describe('Arabic spelling where a prefix meets a link', () => {
		test.each<[string, string[]]>([
			[
				'lam-before-article',
				[
					'briefings/people/alpha.mdx:38: body: Arabic link join: «لـ» before «الرابطة»: with the article ل and ال merge into «لل»; expected «للرابطة», the preposition inside the link (<Link …>للرابطة…</Link>)',
				],
			],
			[
				'prefix-apart',
				[
					'briefings/people/alpha.mdx:38: body: Arabic link join: «و» is written apart from «بيتا»; expected it joined to the word, with no space: «وبيتا»',
				],
			],
		])('%s', async (fixture, expected) => {
			expect(await report(fixture)).toEqual(expected);
		});
	});

	describe('sources that disagree', () => {
		test.each<[string, string[]]>([
			[
				'dispute-one-value',
				[
					'briefings/meetings/alpha-beta.mdx:16: disputes[0].variants: has 1 item; must list at least two values; expected one per source that differs',
				],
			],
			[
				'dispute-uncited-value',
				[
					'briefings/meetings/alpha-beta.mdx:19: disputes[0].variants[1].cites: is empty; must cite at least one source paragraph',
				],
			],
			[
				'dispute-unknown-fact',
				[
					'briefings/meetings/alpha-beta.mdx:13: disputes[0].fact: "venue" is not a fact of this entry; expected a field it has (date, city …) or participants.<person id>',
				],
			],
		])('%s', async (fixture, expected) => {
			expect(await report(fixture)).toEqual(expected);
		});
	});

	describe('bodies link only inside the site', () => {
		test.each<[string, string[]]>([
			[
				'markdown-image',
				[
					'briefings/people/alpha.mdx:18: body: the Markdown image ![…](https://example.com/track.png) would load a picture from outside the briefing; expected no images in briefings',
				],
			],
			[
				'javascript-link',
				[
					'briefings/people/alpha.mdx:18: body: [evil](javascript:alert(1)) is a javascript: link, which would run or load code; expected <Link to="entity-id"> for links inside the site',
				],
			],
			[
				'external-link',
				[
					'briefings/people/alpha.mdx:18: body: [ext](https://example.com/page) links out of the site (https:); expected <Link to="entity-id">: briefings link only to pages of the site',
				],
			],
			[
				'raw-url',
				[
					'briefings/people/alpha.mdx:18: body: the web address "https://example.com/page" would become a link out of the site; expected no web addresses in briefings (a source\'s address belongs in its source.yaml)',
				],
			],
		])('%s', async (fixture, expected) => {
			expect(await report(fixture)).toEqual(expected);
		});
	});

	describe('text hygiene: invisible characters and look-alike letters', () => {
		test.each<[string, string[]]>([
			[
				'bidi-override',
				[
					'briefings/people/alpha.mdx:7:28: text: U+202E (right-to-left override) is not allowed: it is invisible and can change what the text says; delete it',
				],
			],
			[
				'control-character',
				[
					'briefings/people/alpha.mdx:18:10: text: U+0007 (control character) is not allowed: it is invisible and can change what the text says; delete it',
				],
			],
			[
				'invisible-in-reference',
				[
					'briefings/meetings/alpha-beta.mdx:6: sides[1]: "be​ta" is not a known people id: it contains U+200B (zero-width space) at position 3, which cannot be seen; delete it',
				],
			],
			[
				'mixed-script-reference',
				[
					'briefings/meetings/alpha-beta.mdx:6: sides[1]: "betа" is not a known people id: it mixes scripts: the Cyrillic "а" at position 4 looks like a Latin letter but is not; retype it',
				],
			],
		])('%s', async (fixture, expected) => {
			expect(await report(fixture)).toEqual(expected);
		});
	});
});
