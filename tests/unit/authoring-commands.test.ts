/**
 * The authoring commands, end to end on a copy of the tiny valid collection:
 * `npm run new:source` adds a source and says what it mentions, `npm run new`
 * lays out a briefing, `npm run check:content` then lists what is left, and
 * neither ever overwrites an entry.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { shellEnv } from '../helpers/build.ts';
import { FIXTURES, fixtureBriefings } from '../../scripts/lib/fixtures.ts';

const exec = promisify(execFile);

/** Runs a script as npm would, on a collection; resolves to its exit code and output, whatever the code. */
async function run(script: string, args: string[], briefings: string) {
	try {
		const { stdout, stderr } = await exec(process.execPath, [`scripts/${script}`, ...args], {
			env: shellEnv({ BRIEFINGS_DIR: briefings }),
		});
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, output: failed.stdout + failed.stderr };
	}
}

const article = join(FIXTURES, 'new-source', 'article.txt');

describe('npm run new:source', () => {
	test('keeps the original byte for byte, lays out the metadata, and says what each paragraph mentions', async () => {
		const briefings = await fixtureBriefings('valid');
		const { code, output } = await run('new-source.ts', [article, '--id', 'alpha-beta-report'], briefings);
		expect(code).toBe(0);
		const folder = join(briefings, 'sources', 'alpha-beta-report');
		expect(await readFile(join(folder, 'original.en.txt'))).toEqual(await readFile(article));
		const meta = await readFile(join(folder, 'source.yaml'), 'utf8');
		expect(meta).toContain('language: en');
		expect(meta).toContain('originalTitle: "Alpha and Beta agree to meet again"');
		expect(meta.match(/^ {4}- ""/gm)).toHaveLength(2); // an Arabic translation to write for each paragraph
		// One line per finding, with its paragraphs: the known entities (and their files), then the names with no page.
		const known = output.slice(output.indexOf('Known entities'), output.indexOf('Names with no page'));
		expect(known).toMatch(/^ {2}alpha: ¶1 as “Alpha” \(.*people\/alpha\.mdx\)$/m);
		expect(known).toMatch(/^ {2}fi: ¶1 as “Northland” \(.*countries\.yaml\)$/m);
		expect(known).toMatch(/^ {2}alpha-beta: ¶1 \(implied\)/m); // the two sides and "met"
		for (const id of ['beta', 'capital', 'trade']) expect(known).toMatch(new RegExp(`^ {2}${id}: ¶1 as `, 'm'));
		expect(output).toMatch(/Names with no page yet[^\n]*\n {2}Ivan Petrovsky \(¶2\)\n {2}Eastland \(¶2\)\n/);
		expect(output).not.toContain('What it says that the collection says otherwise');
		// What is left to fill, as the checker lists it.
		const check = await run('check-content.ts', [], briefings);
		expect(check.code).toBe(1);
		expect(check.output).toMatch(/alpha-beta-report\/source\.yaml:\d+: title\.en: is empty; expected English text/);
		expect(check.output).toMatch(/translations\.ar\[1\]: is empty; expected the Arabic translation of ¶2/);
	});

	test('--json prints the same findings for tools, and a disagreement with the collection is one line', async () => {
		const briefings = await fixtureBriefings('valid');
		const dated = join(await mkdtemp(join(tmpdir(), 'new-source-')), 'dated.txt');
		// Invented test text: the collection dates the Alpha–Beta meeting 28 October.
		await writeFile(
			dated,
			'Alpha and Beta meet\n\nPresident Alpha met President Beta in the Capital on 27 October 2022.\n',
		);
		const text = await run('new-source.ts', [dated, '--id', 'dated-report'], briefings);
		expect(text.output).toContain(
			'  ¶1 gives 27 October 2022 for alpha-beta (collection: 2022-10-28); add a dispute if the sources differ',
		);
		const json = await run('new-source.ts', [dated, '--id', 'dated-report-2', '--json'], briefings);
		expect(json.code).toBe(0);
		const report = JSON.parse(json.output) as {
			folder: string;
			known: { id: string; paragraphs: number[] }[];
			disagreements: { paragraph: number; id: string; fact: string; given: string; collection: string }[];
			unknown: unknown[];
		};
		expect(report.folder).toMatch(/sources\/dated-report-2$/);
		expect(report.known.map((k) => k.id)).toEqual(['alpha', 'beta', 'alpha-beta', 'capital']);
		expect(report.disagreements).toEqual([
			{ paragraph: 1, id: 'alpha-beta', fact: 'date', given: '27 October 2022', collection: '2022-10-28' },
		]);
		expect(report.unknown).toEqual([]);
	});

	test('refuses to overwrite a source, or to take an id already used', async () => {
		const briefings = await fixtureBriefings('valid');
		const again = await run('new-source.ts', [article, '--id', 'demo-source'], briefings);
		expect(again.code).toBe(1);
		expect(again.output).toMatch(/sources\/demo-source already exists; nothing was written/);
		const taken = await run('new-source.ts', [article, '--id', 'alpha'], briefings);
		expect(taken.code).toBe(1);
		expect(taken.output).toMatch(/the id "alpha" is already used by .*people\/alpha\.mdx/);
	});
});

describe('npm run new', () => {
	test('lays out a person with every required field, and the checker lists what is left', async () => {
		const briefings = await fixtureBriefings('valid');
		const { code } = await run('new-entry.ts', ['person', 'delta'], briefings);
		expect(code).toBe(0);
		const file = await readFile(join(briefings, 'people', 'delta.mdx'), 'utf8');
		for (const part of ['<En>', '<Ar>', '<BottomLine>', '<WhyItMatters>', 'office:', 'country:', 'source:', 'cites:']) {
			expect(file).toContain(part);
		}
		const { output } = await run('check-content.ts', [], briefings);
		const left = output
			.split('\n')
			.filter((line) => line.includes('delta.mdx'))
			.map((line) => line.replace(/^.*delta\.mdx:\d+: /, ''));
		expect(left).toEqual([
			'name.en: is empty; expected English text',
			'name.ar: is empty; expected Arabic text',
			'shortName.en: is empty; expected English text',
			'shortName.ar: is empty; expected Arabic text',
			'office.en: is empty; expected English text',
			'office.ar: is empty; expected Arabic text',
			'country: missing; expected the id of one of the countries',
			'summary.en: is empty; expected English text',
			'summary.ar: is empty; expected Arabic text',
			'source: missing; expected the id of one of the sources',
			'cites: is empty; must cite at least one source paragraph',
			'body: the English <BottomLine> is empty; expected the two or three sentences a busy reader can stop after',
			'body: the English <WhyItMatters> is empty; expected why it matters, as the sources frame it',
			'body: the Arabic <BottomLine> is empty; expected the two or three sentences a busy reader can stop after',
			'body: the Arabic <WhyItMatters> is empty; expected why it matters, as the sources frame it',
		]);
	});

	test('in a collection written in three languages, lays out each, and the checker asks for each', async () => {
		const briefings = await fixtureBriefings('third-language');
		expect((await run('new-entry.ts', ['person', 'delta'], briefings)).code).toBe(0);
		const file = await readFile(join(briefings, 'people', 'delta.mdx'), 'utf8');
		for (const part of ['<En>', '<Ar>', '<Fr>', 'fr:']) expect(file).toContain(part);
		// The folder as an argument: checked in its own languages, whatever BRIEFINGS_DIR says.
		const { output } = await run('check-content.ts', [briefings], 'briefings');
		const left = output.split('\n').filter((line) => line.includes('delta.mdx'));
		expect(left.filter((line) => line.includes(': name.'))).toEqual([
			expect.stringMatching(/name\.en: is empty; expected English text$/),
			expect.stringMatching(/name\.ar: is empty; expected Arabic text$/),
			expect.stringMatching(/name\.fr: is empty; expected French text$/),
		]);
		expect(
			left.some((line) =>
				line.endsWith(
					'the French <BottomLine> is empty; expected the two or three sentences a busy reader can stop after',
				),
			),
		).toBe(true);
	});

	test.each(['summit', 'meeting'])('lays out a %s the checker reads', async (kind) => {
		const briefings = await fixtureBriefings('valid');
		expect((await run('new-entry.ts', [kind, `new-${kind}`], briefings)).code).toBe(0);
		const { output } = await run('check-content.ts', [], briefings);
		expect(output).toContain(`new-${kind}.mdx`);
		expect(output).not.toMatch(/yaml:|does not parse/);
	});

	test('refuses to overwrite a briefing, or to take an id used by another collection', async () => {
		const briefings = await fixtureBriefings('valid');
		const existing = await run('new-entry.ts', ['person', 'alpha'], briefings);
		expect(existing.code).toBe(1);
		expect(existing.output).toMatch(/people\/alpha\.mdx already exists; nothing was written/);
		const taken = await run('new-entry.ts', ['meeting', 'trade'], briefings);
		expect(taken.code).toBe(1);
		expect(taken.output).toMatch(/the id "trade" is already used by .*topics\.yaml/);
	});
});

describe('npm run check:content <folder>', () => {
	test('names every language block when a body has one missing', async () => {
		const briefings = await fixtureBriefings('third-language');
		const file = join(briefings, 'people', 'alpha.mdx');
		const text = await readFile(file, 'utf8');
		await writeFile(file, `${text.slice(0, text.indexOf('<Fr>'))}Stray text.\n`);
		const { code, output } = await run('check-content.ts', [briefings], 'briefings');
		expect(code).toBe(1);
		expect(output).toMatch(
			/alpha\.mdx:\d+: body: content outside a language block; expected everything inside <En>…<\/En>, <Ar>…<\/Ar>, or <Fr>…<\/Fr>/,
		);
		expect(output).toMatch(/alpha\.mdx:\d+: body: has no <Fr> block; expected the French text inside <Fr>…<\/Fr>/);
	});
});
