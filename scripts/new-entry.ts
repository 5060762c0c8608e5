/**
 * `npm run new -- person|summit|meeting <id>`: writes a new briefing with
 * every required field and both language blocks laid out, ready to fill in;
 * `npm run check:content` then lists exactly what is left. It never
 * overwrites: an id already used anywhere in the collection is refused.
 */
import './lib/offline-env.ts';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { briefingsDir, COLLECTIONS } from '../src/schemas/index.ts';
import { ID_PATTERN } from '../src/checker/read.ts';
import { knownIds } from './lib/known-ids.ts';

const KINDS = { person: 'people', summit: 'summits', meeting: 'meetings' } as const;
type Kind = keyof typeof KINDS;

/** The frontmatter of each kind: every required field, empty, with what goes in it. */
const FRONTMATTER: Record<Kind, string> = {
	person: `name: { en: "", ar: "" }        # full name, as the page title
shortName: { en: "", ar: "" }   # as running text names them (usually the surname)
spellings: []                   # other spellings readers type: Latin, Cyrillic, Arabic
office: { en: "", ar: "" }      # in the sources' own words
country:                        # id from countries.yaml (or organisation: for an international body)`,
	summit: `name: { en: "", ar: "" }
shortName: { en: "", ar: "" }   # for lists, the timeline and the attendance matrix
spellings: []
edition:                        # 1 for the first meeting of its series
startDate:                      # YYYY-MM-DD (mark the year inferred if the source omits it)
city:                           # id from cities.yaml
country:                        # id from countries.yaml
participants: []                # - { role: host|attendee|represented, person: id, cites: [n] }
topics: []                      # ids from topics.yaml`,
	meeting: `name: { en: "", ar: "" }
date:                           # YYYY-MM-DD (mark the year inferred if the source omits it)
format:                         # in-person or virtual
sides: []                       # the two people's ids
topics: []                      # ids from topics.yaml`,
};

const TEMPLATE = (kind: Kind) => `---
${FRONTMATTER[kind]}
summary: { en: "", ar: "" }     # one sentence; never an inference stated as fact
source:                         # id of the primary source (a folder in sources/)
cites: []                       # its paragraphs behind the facts above
---

<En>

<BottomLine>

</BottomLine>

<WhyItMatters>

</WhyItMatters>

</En>

<Ar>

<BottomLine>

</BottomLine>

<WhyItMatters>

</WhyItMatters>

</Ar>
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
