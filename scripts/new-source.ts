/**
 * `npm run new:source -- <file> [--lang ar|en|ru|…] [--id …]`: adds a source.
 *
 * The file is copied byte for byte as the original; its first non-blank line
 * is taken as the headline and every non-blank line after it is a numbered
 * paragraph. `source.yaml` is written with the metadata left to fill and an
 * empty translation line per paragraph for each site language the original is
 * not in. Then it reports, one line per finding with its paragraphs, the
 * entities of the collection the source names (the briefings to update), what
 * it says that the collection says otherwise (a date, an office, a count) and
 * the names that have no page yet (`src/lib/source-report/`); `--json`
 * prints the same as JSON. It never overwrites an existing entry.
 */
import './lib/offline-env.ts';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText } from '../src/checker/files.ts';
import { formatProblem, type Problem } from '../src/checker/problem.ts';
import { ID_PATTERN, readAllEntries } from '../src/checker/read.ts';
import { splitParagraphs, SOURCE_META_FILE } from '../src/checker/source-document.ts';
import { LOCALES } from '../src/lib/locales.ts';
import { analyseSource, formatReport, knownEntities } from '../src/lib/source-report/index.ts';
import { LANGUAGE_OF_SCRIPT } from '../src/lib/source-report/text.ts';
import { scriptsOf } from '../src/lib/text-hygiene.ts';
import { EMPTY_TEXT } from './lib/yaml-template.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { briefingsDir } from '../src/lib/collection-files.ts';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { lang: { type: 'string' }, id: { type: 'string' }, json: { type: 'boolean' } },
});
const [input] = positionals;
if (!input) fail('usage: npm run new:source -- <file> [--lang ar|en|ru|…] [--id source-id] [--json]');
if (!existsSync(input)) fail(`${input} does not exist; expected the text file of the source`);

const decoded = decodeText(await readFile(input), input);
if (decoded.text === undefined) fail(decoded.problems.map(formatProblem).join('\n'));
const text = decoded.text;
const lines = text.split('\n');
const titleIndex = lines.findIndex((line) => line.trim() !== '');
if (titleIndex < 0) fail(`${input} is empty; expected a headline and paragraphs`);
const title = lines[titleIndex]!.trim();
const skipLines = titleIndex + 1;
const paragraphs = splitParagraphs(text, skipLines);
if (paragraphs.length === 0) fail(`${input} has a headline but no paragraphs after it`);

/** The language the text is written in, from the script most of its letters are in. */
function guessLanguage(): string {
	const counts = new Map<string, number>();
	for (const char of text) for (const script of scriptsOf(char)) counts.set(script, (counts.get(script) ?? 0) + 1);
	const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
	return (
		LANGUAGE_OF_SCRIPT[main as keyof typeof LANGUAGE_OF_SCRIPT] ??
		fail('cannot tell the language of the text; give it with --lang')
	);
}
const language = values.lang ?? guessLanguage();
if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language))
	fail(`--lang ${language} is not a language tag; expected ar, en, ru…`);

const slug = (value: string) =>
	value
		.normalize('NFD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.split('-')
		.slice(0, 6)
		.join('-');
const id = values.id ?? (slug(title) || slug(basename(input).replace(/\.[^.]+$/, '')));
if (!ID_PATTERN.test(id)) fail(`"${id}" is not a valid id; give one with --id (lowercase letters, digits and hyphens)`);

const briefings = briefingsDir();
const folder = join(briefings, COLLECTIONS.sources.path, id);
if (existsSync(folder))
	fail(`${relative(process.cwd(), folder)} already exists; nothing was written (give another --id)`);
const problems: Problem[] = [];
const entries = await readAllEntries(briefings, problems);
const taken = entries.find((entry) => entry.id === id);
if (taken)
	fail(
		`the id "${id}" is already used by ${taken.file}; ids are unique across the collection, so nothing was written (give another --id)`,
	);

const originalFile = `original.${language}.txt`;
const yaml = (value: string) => JSON.stringify(value);
const translations = LOCALES.filter((locale) => locale !== language).flatMap((locale) => [
	`  ${locale}:`,
	...paragraphs.map((p, i) => `    - ""  # ¶${i + 1} ${p.slice(0, 40).replaceAll('\n', ' ')}…`),
]);
const meta = [
	`# Added by npm run new:source from ${basename(input)}. The original is ${originalFile}, kept as received.`,
	'# Fill in what is empty; npm run check:content lists what is left.',
	'kind: article                 # article | statement | communique | transcript | report',
	`${`title: ${EMPTY_TEXT}`.padEnd(30)}# the headline in each site language`,
	`originalTitle: ${yaml(title)}`,
	`language: ${language}`,
	`# publisher: ${EMPTY_TEXT}   # when known`,
	'date: ""                      # YYYY-MM-DD; mark the year inferred if the dateline omits it',
	'# dateline: ""                 # as printed',
	'# address: ""                  # where the original was found, kept as text',
	`originalFile: ${originalFile}`,
	`skipLines: ${skipLines}               # the headline and anything before it`,
	...(translations.length > 0 ? ['translations:', ...translations] : []),
	'',
].join('\n');

await mkdir(folder, { recursive: true });
await copyFile(input, join(folder, originalFile));
await writeFile(join(folder, SOURCE_META_FILE), meta, { flag: 'wx' });

const where = relative(process.cwd(), folder);
const report = analyseSource(paragraphs, language, knownEntities(entries));
const next = `fill in ${where}/${SOURCE_META_FILE}, then run npm run check:content`;
if (values.json) {
	console.log(JSON.stringify({ folder: where, originalFile, ...report, next }, null, '\t'));
} else {
	console.log(
		`Wrote ${where}/ (${paragraphs.length} paragraphs, language ${language}; the original copied byte for byte).`,
	);
	for (const line of formatReport(report)) console.log(line);
	console.log(`\nNext: ${next}.`);
}
