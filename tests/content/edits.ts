/**
 * The edits an analyst makes, scripted, on a copy of a content folder: each
 * finds its target in the collection itself (the first summit, its host, the
 * first topic…), so the same edits apply to `briefings/` whatever it holds.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { checkContent } from '../../src/checker/check.ts';
import type { CheckedEntry } from '../../src/checker/checked-entry.ts';

type Text = { en: string; ar: string };

/** What the correct edits add, for the test to find again. */
export const NEW = { source: 'envoy-report', person: 'norrsund' } as const;

/** The first entry of a collection, by id: a target that exists in any collection. */
function first(entries: CheckedEntry[], collection: string): CheckedEntry {
	const found = entries.filter((e) => e.collection === collection).sort((a, b) => a.id.localeCompare(b.id))[0];
	if (!found) throw new Error(`the collection has no ${collection} to edit`);
	return found;
}

const name = (entry: CheckedEntry, field: 'name' | 'shortName' = 'name') =>
	((entry.data[field] ?? entry.data['name']) as Text) ?? { en: entry.id, ar: entry.id };

/** Changes a file of the copy. */
async function edit(dir: string, file: string, change: (text: string) => string) {
	const path = join(dir, file);
	const before = await readFile(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`the edit of ${file} changed nothing`);
	await writeFile(path, after);
}

/**
 * The correct edits: a new source in English (no note), a new person and a
 * new meeting citing it, the person added to a summit's participants citing
 * it, a cited sentence reworded in both languages, a topic renamed, and a
 * paragraph of a source retranslated.
 */
export async function applyCorrectEdits(dir: string): Promise<void> {
	const { entries } = await checkContent(dir);
	const summit = first(entries, 'summits');
	const host = entries.find(
		(e) => e.id === (summit.data['participants'] as { person: { id: string } }[])[0]!.person.id,
	)!;
	const [summitName, hostName, hostShort] = [name(summit, 'shortName'), name(host), name(host, 'shortName')];
	const country = (summit.data['country'] as { id: string }).id;
	const date = summit.data['startDate'] as string;
	const source = NEW.source;

	// A source in another language than the site's Arabic original: English, with its Arabic translation.
	await mkdir(join(dir, 'sources', source), { recursive: true });
	await writeFile(
		join(dir, 'sources', source, 'report.txt'),
		[
			'An envoy at the summit',
			'',
			`Velta Norrsund, a special envoy, attended the ${summitName.en} and met ${hostName.en} on its margins.`,
			'',
			'The two discussed cooperation.',
			'',
		].join('\n'),
	);
	await writeFile(
		join(dir, 'sources', source, 'source.yaml'),
		`kind: report
title: { en: An envoy at the summit, ar: مبعوثة في القمة }
originalTitle: An envoy at the summit
language: en
date: "${date}"
originalFile: report.txt
skipLines: 1
translations:
  ar:
    - "حضرت المبعوثة الخاصة فيلتا نورسوند ${summitName.ar} والتقت ${hostName.ar} على هامشها."
    - "وبحث الاثنان التعاون."
`,
	);

	await writeFile(
		join(dir, 'people', `${NEW.person}.mdx`),
		`---
name: { en: Velta Norrsund, ar: فيلتا نورسوند }
shortName: { en: Norrsund, ar: نورسوند }
spellings: [Норрсунд]
office: { en: Special envoy, ar: مبعوثة خاصة }
country: ${country}
summary: { en: A special envoy who attended a summit., ar: مبعوثة خاصة حضرت قمة. }
source: ${source}
cites: [1]
---

<En>

<BottomLine>

<Link to="${NEW.person}">Velta Norrsund</Link>, a special envoy, attended the <Link to="${summit.id}">${summitName.en}</Link>. <Cite p="1" />

</BottomLine>

## Meetings

She met <Link to="${host.id}">${hostShort.en}</Link> on its margins. <Cite p="1" />

<WhyItMatters>

The source reports that they discussed cooperation. <Cite p="2" />

</WhyItMatters>

</En>

<Ar>

<BottomLine>

حضرت المبعوثة الخاصة <Link to="${NEW.person}">فيلتا نورسوند</Link> <Link to="${summit.id}">${summitName.ar}</Link>. <Cite p="1" />

</BottomLine>

## الاجتماعات

التقت <Link to="${host.id}">${hostShort.ar}</Link> على هامشها. <Cite p="1" />

<WhyItMatters>

ينقل المصدر أن الاثنين بحثا التعاون. <Cite p="2" />

</WhyItMatters>

</Ar>
`,
	);

	await writeFile(
		join(dir, 'meetings', `${NEW.person}-${host.id}.mdx`),
		`---
name: { en: Norrsund–${hostShort.en} meeting, ar: اجتماع نورسوند و${hostShort.ar} }
date: ${date}
format: in-person
city: ${(summit.data['city'] as { id: string }).id}
sides: [${NEW.person}, ${host.id}]
summit: ${summit.id}
summary: { en: Norrsund met ${hostShort.en} on the margins of a summit., ar: التقت نورسوند ${hostShort.ar} على هامش قمة. }
inferred:
  date: { en: The source gives no date; this is the summit's first day., ar: لا يذكر المصدر تاريخًا، وهذا أول أيام القمة. }
  city: { en: The source places it on the margins of the summit., ar: يضعه المصدر على هامش القمة. }
source: ${source}
cites: [1]
---

<En>

<BottomLine>

<Link to="${NEW.person}">Norrsund</Link> met <Link to="${host.id}">${hostShort.en}</Link> on the margins of the <Link to="${summit.id}">${summitName.en}</Link>. <Cite p="1" />

</BottomLine>

<WhyItMatters>

They discussed cooperation. <Cite p="2" />

</WhyItMatters>

</En>

<Ar>

<BottomLine>

التقت <Link to="${NEW.person}">نورسوند</Link> <Link to="${host.id}">${hostShort.ar}</Link> على هامش <Link to="${summit.id}">${summitName.ar}</Link>. <Cite p="1" />

</BottomLine>

<WhyItMatters>

بحث الاثنان التعاون. <Cite p="2" />

</WhyItMatters>

</Ar>
`,
	);

	// The new person among the summit's participants, citing the new source.
	await edit(dir, relative(dir, summit.file), (text) =>
		text.replace(
			/^participants:\n/m,
			`participants:\n  - { role: attendee, person: ${NEW.person}, cites: [{ source: ${source}, p: 1 }] }\n`,
		),
	);

	// A cited sentence reworded, the same way in both languages.
	const person = first(entries, 'people');
	await edit(dir, `people/${person.id}.mdx`, (text) => {
		const [en, ar] = [text.indexOf('<En>'), text.indexOf('<Ar>')];
		const reword = (block: string, clause: string) => block.replace(/\. (<Cite [^>]*\/>)/, `${clause}. $1`);
		return (
			text.slice(0, en) +
			reword(text.slice(en, ar), ', as the source reports') +
			reword(text.slice(ar), '، كما ينقل المصدر')
		);
	});

	// A topic renamed.
	await editYaml(dir, 'topics.yaml', (doc) => {
		const id = first(entries, 'topics').id;
		const old = doc.getIn([id, 'name']) as { toJSON(): Text };
		const { en, ar } = old.toJSON();
		doc.setIn([id, 'name'], doc.createNode({ en: `${en} and related questions`, ar: `${ar} والمسائل المتصلة بها` }));
	});

	// A paragraph of a source retranslated.
	const retranslated = first(entries, 'sources');
	await editYaml(dir, `sources/${retranslated.id}/source.yaml`, (doc) => {
		const language = retranslated.data['language'];
		const target = language === 'en' ? 'ar' : 'en';
		const old = String(doc.getIn(['translations', target, 0]));
		doc.setIn(['translations', target, 0], `${old.replace(/\.$/, '')} (translation revised).`);
	});
}

/** Changes a YAML file of the copy through its document, keeping its comments and layout. */
async function editYaml(dir: string, file: string, change: (doc: ReturnType<typeof parseDocument>) => void) {
	const doc = parseDocument(await readFile(join(dir, file), 'utf8'));
	change(doc);
	await writeFile(join(dir, file), doc.toString());
}

/** The wrong edits, each on its own copy, with the file it makes wrong. */
export const WRONG_EDITS: Record<string, (dir: string) => Promise<string>> = {
	async 'an uncited sentence'(dir) {
		const file = await firstBriefing(dir, 'people');
		await edit(dir, file, (text) =>
			text.replace('</WhyItMatters>\n\n</En>', 'A sentence with no citation.\n\n</WhyItMatters>\n\n</En>'),
		);
		return file;
	},
	async 'English and Arabic citing different paragraphs'(dir) {
		const file = await firstBriefing(dir, 'people');
		await edit(dir, file, (text) => {
			const ar = text.indexOf('<Ar>');
			const arabic = text
				.slice(ar)
				.replace(/<Cite p="(\d+)[^"]*" \/>/, (_, p: string) => `<Cite p="${p === '1' ? 2 : 1}" />`);
			return text.slice(0, ar) + arabic;
		});
		return file;
	},
	async 'a participant with no page'(dir) {
		const file = await firstBriefing(dir, 'summits');
		await edit(dir, file, (text) =>
			text.replace(/^participants:\n/m, 'participants:\n  - { role: attendee, person: no-such-person, cites: [1] }\n'),
		);
		return file;
	},
};

/** The first briefing file of a collection folder, relative to the content folder. */
async function firstBriefing(dir: string, collection: string): Promise<string> {
	const files = (await readdir(join(dir, collection))).filter((f) => f.endsWith('.mdx')).sort();
	return `${collection}/${files[0]}`;
}
