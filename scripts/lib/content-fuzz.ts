/**
 * Fuzzing the content checker: mutations of valid briefings of every kind an
 * author (or their editor, or a paste) can produce — frontmatter keys and
 * values, YAML syntax, MDX tags and nesting, invisible and direction
 * characters, line endings, encodings, very long lines, empty files. Whatever
 * the file holds, the checker must answer "OK" or problems that each name a
 * file of the collection, and never throw, print or hang.
 *
 * Shared by the test (`tests/unit/fuzz.test.ts`, a fixed seed) and the long
 * run (`npm run fuzz`, a random seed).
 */
import fc from 'fast-check';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkContent } from '../../src/checker/check.ts';
import { formatProblem } from '../../src/checker/problem.ts';

/** The files of the valid fixture a case may damage, relative to its `briefings` folder. */
export const TARGETS = [
	'people/alpha.mdx',
	'meetings/alpha-beta.mdx',
	'summits/first-summit.mdx',
	'topics.yaml',
	'cities.yaml',
	'sources/demo-source/source.yaml',
] as const;

const NASTY = [
	'\u0000',
	'\u0007',
	'\u200B',
	'\u200D',
	'\u202E',
	'\u2066',
	'\uFEFF',
	'\r',
	'\r\n',
	'\t',
	'\u0301',
	'\uD800',
	'ٔ',
	'ـ',
	'﷽',
	'𝔄',
	'\u00A0',
];
const SYNTAX = [
	'---',
	':',
	': ',
	'- ',
	'[',
	']',
	'{',
	'}',
	'"',
	"'",
	'#',
	'&a',
	'*a',
	'!!int',
	'|',
	'>',
	'%',
	'@',
	'`',
	'\\',
];
const MDX = [
	'<En>',
	'</En>',
	'<Ar>',
	'</Ar>',
	'<BottomLine>',
	'</BottomLine>',
	'<WhyItMatters>',
	'</WhyItMatters>',
	'<Link to="alpha">',
	'</Link>',
	'<Link to="nobody" />',
	'<Cite p="2" />',
	'<Cite p="99" />',
	'<Cite p="x" />',
	'<Cite src="none" p="1" />',
	'<Inferred because="r">',
	'</Inferred>',
	'<Background from="">',
	'</Background>',
	'<Unknown>',
	'<div>',
	'{1 + 1}',
	'import x from "y"',
	'<!-- c -->',
	'![i](https://x/y.png)',
	'[a](javascript:alert(1))',
	'https://example.com',
	'## H',
	'# H1',
	'- ',
	'> ',
	'```',
	'|a|b|\n|-|-|',
	'\n\n',
];
const VALUES = [
	'',
	'null',
	'~',
	'0',
	'-1',
	'2022-02-30',
	'2022-13-01',
	'"2022-10-27"',
	'[]',
	'{}',
	'[alpha, alpha]',
	'{ en: "", ar: "" }',
	'{ en: x }',
	'yes',
	'.nan',
	'"\u202Eevil"',
	'alpha',
	'ghost',
	'be\u200Bta',
];

/** One way of damaging a file. */
export type Mutation =
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'delete'; at: number; length: number }
	| { kind: 'replace-value'; line: number; value: string }
	| { kind: 'duplicate-line'; line: number }
	| { kind: 'long-line'; at: number; length: number }
	| { kind: 'empty' }
	| { kind: 'utf16' }
	| { kind: 'latin1'; at: number }
	| { kind: 'crlf-bom' };

const position = fc.nat({ max: 4000 });
const piece = fc.oneof(
	fc.constantFrom(...NASTY),
	fc.constantFrom(...SYNTAX),
	fc.constantFrom(...MDX),
	fc.string({ maxLength: 12 }),
	fc.string({ unit: 'grapheme', maxLength: 8 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: piece }) },
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('delete' as const),
			at: position,
			length: fc.integer({ min: 1, max: 40 }),
		}),
	},
	{
		weight: 3,
		arbitrary: fc.record({
			kind: fc.constant('replace-value' as const),
			line: fc.nat({ max: 60 }),
			value: fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 10 })),
		}),
	},
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat({ max: 60 }) }) },
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('long-line' as const),
			at: position,
			length: fc.integer({ min: 5_000, max: 200_000 }),
		}),
	},
	{ weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'utf16' as const }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('latin1' as const), at: position }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'crlf-bom' as const }) },
);

/** A case: which file, and one to three mutations applied in turn. */
export const fuzzCase = fc.record({
	target: fc.constantFrom(...TARGETS),
	mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
});
export type FuzzCase = typeof fuzzCase extends fc.Arbitrary<infer T> ? T : never;

/** The bytes of a file after a mutation. */
export function mutate(bytes: Buffer, m: Mutation): Buffer {
	const text = bytes.toString('utf8');
	const at = (n: number) => Math.min(n, text.length);
	switch (m.kind) {
		case 'insert':
			return Buffer.from(text.slice(0, at(m.at)) + m.text + text.slice(at(m.at)));
		case 'delete':
			return Buffer.from(text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length));
		case 'replace-value': {
			const lines = text.split('\n');
			const i = m.line % Math.max(1, lines.length);
			lines[i] = lines[i]!.replace(/:.*$/, `: ${m.value}`);
			return Buffer.from(lines.join('\n'));
		}
		case 'duplicate-line': {
			const lines = text.split('\n');
			const i = m.line % Math.max(1, lines.length);
			lines.splice(i, 0, lines[i]!);
			return Buffer.from(lines.join('\n'));
		}
		case 'long-line':
			return Buffer.from(text.slice(0, at(m.at)) + 'x'.repeat(m.length) + text.slice(at(m.at)));
		case 'empty':
			return Buffer.alloc(0);
		case 'utf16':
			return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		case 'latin1': {
			const i = Math.min(m.at, bytes.length);
			return Buffer.concat([bytes.subarray(0, i), Buffer.from([0xe9]), bytes.subarray(i)]);
		}
		case 'crlf-bom':
			return Buffer.from(`\uFEFF${text.replaceAll('\n', '\r\n')}`);
	}
}

/**
 * Applies a case to a collection folder (a copy of the valid fixture), checks
 * it, and puts the file back. Throws if the checker misbehaves.
 */
export async function runCase(briefings: string, c: FuzzCase): Promise<'ok' | number> {
	const file = join(briefings, c.target);
	const original = await readFile(file);
	let damaged: Buffer = original;
	for (const m of c.mutations) damaged = mutate(damaged, m);
	await writeFile(file, damaged);
	const printed: unknown[] = [];
	const saved = { error: console.error, warn: console.warn, log: console.log };
	console.error = console.warn = console.log = (...args: unknown[]) => void printed.push(args);
	try {
		const { problems } = await checkContent(briefings);
		if (printed.length > 0) throw new Error(`the checker printed: ${String(printed[0])}`);
		for (const problem of problems) {
			const line = formatProblem(problem);
			const inCollection = resolve(problem.file).startsWith(resolve(briefings));
			if (!inCollection || problem.message.trim() === '' || /\n\s+at /.test(line)) {
				throw new Error(`a problem line that does not name a file of the collection, or holds a stack: ${line}`);
			}
		}
		return problems.length === 0 ? 'ok' : problems.length;
	} finally {
		Object.assign(console, saved);
		await writeFile(file, original);
	}
}
