/**
 * `npm run new -- person|summit|meeting <id>`: writes a new briefing with
 * every required field and every language block laid out, ready to fill in;
 * `npm run check:content` then lists exactly what is left. It never
 * overwrites: an id already used anywhere in the collection is refused.
 */
import './lib/offline-env.ts';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { briefingsDir } from '../src/lib/collection-files.ts';
import { ID_PATTERN } from '../src/checker/read.ts';
import { blockOf } from '../src/lib/body/components.ts';
import { LOCALES } from '../src/lib/locales.ts';
import { knownIds } from './lib/known-ids.ts';
import { EMPTY_TEXT } from './lib/yaml-template.ts';

const KINDS = { person: 'people', summit: 'summits', meeting: 'meetings' } as const;
type Kind = keyof typeof KINDS;

/** A line of frontmatter, its comment (if any) lined up with the others. */
const field = (line: string, comment?: string) => (comment ? `${line.padEnd(31)} # ${comment}` : line);

/** The frontmatter of each kind: every required field, empty, with what goes in it. */
const FRONTMATTER: Record<Kind, string[]> = {
	person: [
		field(`name: ${EMPTY_TEXT}`, 'full name, as the page title'),
		field(`shortName: ${EMPTY_TEXT}`, 'as running text names them (usually the surname)'),
		field('spellings: []', 'other spellings readers type: Latin, Cyrillic, Arabic'),
		field(`office: ${EMPTY_TEXT}`, "in the sources' own words"),
		field('country:', 'id from countries.yaml (or organisation: for an international body)'),
	],
	summit: [
		field(`name: ${EMPTY_TEXT}`),
		field(`shortName: ${EMPTY_TEXT}`, 'for lists, the timeline and the attendance matrix'),
		field('spellings: []'),
		field('edition:', '1 for the first meeting of its series'),
		field('startDate:', 'YYYY-MM-DD (mark the year inferred if the source omits it)'),
		field('city:', 'id from cities.yaml'),
		field('country:', 'id from countries.yaml'),
		field('participants: []', '- { role: host|attendee|represented, person: id, cites: [n] }'),
		field('topics: []', 'ids from topics.yaml'),
	],
	meeting: [
		field(`name: ${EMPTY_TEXT}`),
		field('date:', 'YYYY-MM-DD (mark the year inferred if the source omits it)'),
		field('format:', 'in-person or virtual'),
		field('sides: []', "the two people's ids"),
		field('topics: []', 'ids from topics.yaml'),
	],
};

/** Each language's block with its required sections, empty. */
const BLOCKS = LOCALES.map((locale) => {
	const block = blockOf(locale);
	return `<${block}>\n\n<BottomLine>\n\n</BottomLine>\n\n<WhyItMatters>\n\n</WhyItMatters>\n\n</${block}>`;
}).join('\n\n');

const TEMPLATE = (kind: Kind) => `---
${[
	...FRONTMATTER[kind],
	field(`summary: ${EMPTY_TEXT}`, 'one sentence; never an inference stated as fact'),
	field('source:', 'id of the primary source (a folder in sources/)'),
	field('cites: []', 'its paragraphs behind the facts above'),
].join('\n')}
---

${BLOCKS}
`;

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const [kind, id] = process.argv.slice(2);
if (!kind || !(kind in KINDS) || !id) fail('usage: npm run new -- person|summit|meeting <id>');
if (!ID_PATTERN.test(id))
	fail(
		`"${id}" is not a valid id; expected lowercase letters, digits and hyphens, such as tokayev or cica-2022-astana`,
	);
const collection = KINDS[kind as Kind];
const folder = join(briefingsDir(), COLLECTIONS[collection].path);
const file = join(folder, `${id}.mdx`);
if (existsSync(file))
	fail(`${relative(process.cwd(), file)} already exists; nothing was written (choose another id, or edit that file)`);
const used = (await knownIds(briefingsDir())).get(id);
if (used)
	fail(`the id "${id}" is already used by ${used}; ids are unique across the whole collection, so nothing was written`);

await mkdir(folder, { recursive: true });
await writeFile(file, TEMPLATE(kind as Kind), { flag: 'wx' });
console.log(`Wrote ${relative(process.cwd(), file)}. Fill it in; npm run check:content lists what is left.`);
