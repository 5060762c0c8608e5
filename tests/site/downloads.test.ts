/**
 * The data downloads, read as a spreadsheet program or a script would: every
 * CSV file parses, in both languages, with a byte-order mark and one row per
 * entry of the collection; the JSON document validates against its schema.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import type { CheckedEntry } from '../../src/checker/checked-entry.ts';
import { SITE_FIXTURE, siteDir } from '../helpers/site.ts';

let entries: CheckedEntry[] = [];
beforeAll(async () => {
	entries = (await checkContent(SITE_FIXTURE)).entries;
});
const count = (collection: string) => entries.filter((e) => e.collection === collection).length;

async function csv(lang: string, file: string) {
	const bytes = await readFile(join(siteDir(), lang, 'data', `${file}.csv`));
	const rows = parse(bytes, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
	return { bytes, rows };
}

describe.each(['en', 'ar'])('the CSV files in %s', (lang) => {
	test('open as UTF-8 in any spreadsheet: a byte-order mark first', async () => {
		for (const file of ['people', 'events', 'attendance', 'meetings', 'citations']) {
			const { bytes } = await csv(lang, file);
			expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
		}
	});

	test('have one row per person, event and meeting, in the page language', async () => {
		const people = (await csv(lang, 'people')).rows;
		expect(people).toHaveLength(count('people'));
		const kallavan = people.find((p) => p['id'] === 'kallavan')!;
		expect(kallavan['name']).toBe(lang === 'en' ? 'Teodor Kallavan' : 'تيودور كالافان');
		expect(kallavan['country_id']).toBe('fi');
		// An official of an organisation has no country.
		expect(people.find((p) => p['id'] === 'hollis')!['country_id']).toBe('');
		expect((await csv(lang, 'events')).rows).toHaveLength(count('summits') + count('meetings'));
		const meetings = (await csv(lang, 'meetings')).rows;
		expect(meetings).toHaveLength(count('meetings'));
		expect(meetings.find((m) => m['id'] === 'kallavan-saidi-2022')?.['date_inferred']).toBe('yes');
		expect(meetings.find((m) => m['id'] === 'ozdogan-vantar-2022')?.['date_inferred']).toBe('no');
	});

	test('list attendance with roles, a representative beside the one represented', async () => {
		const rows = (await csv(lang, 'attendance')).rows.filter((r) => r['event_id'] === 'first-league-summit');
		const roles = Object.fromEntries(rows.map((r) => [r['person_id'], [r['role'], r['with_id']]]));
		expect(roles['kallavan']).toEqual(['host', '']);
		expect(roles['brannock']).toEqual(['represented', 'pell']);
		expect(roles['pell']).toEqual(['representative', 'brannock']);
	});

	test('list every citation of every source: the statement and the paragraph it cites', async () => {
		const rows = (await csv(lang, 'citations')).rows;
		const paragraphs = new Map(
			entries.filter((e) => e.collection === 'sources').map((e) => [e.id, (e.data['paragraphs'] as unknown[]).length]),
		);
		expect(rows.length).toBeGreaterThan(50);
		for (const row of rows) {
			expect(paragraphs.has(row['source_id']!), row['source_id']).toBe(true);
			expect(Number(row['paragraph'])).toBeGreaterThanOrEqual(1);
			expect(Number(row['paragraph'])).toBeLessThanOrEqual(paragraphs.get(row['source_id']!)!);
			expect(row['statement']).not.toBe('');
		}
		// Citations of each of the fixture's sources are listed, the Russian one included.
		expect(new Set(rows.map((r) => r['source_id']))).toEqual(new Set(paragraphs.keys()));
	});
});

test('the JSON document holds every entry and validates against the schema generated from the content model', async () => {
	const document = JSON.parse(await readFile(join(siteDir(), 'data', 'collection.json'), 'utf8')) as Record<
		string,
		{ id: string }[]
	>;
	const schema = JSON.parse(await readFile(join(siteDir(), 'data', 'collection.schema.json'), 'utf8')) as object;
	const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
	expect(validate(document), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
	for (const collection of [
		'people',
		'summits',
		'meetings',
		'countries',
		'cities',
		'organisations',
		'topics',
		'sources',
	]) {
		expect(document[collection], collection).toHaveLength(count(collection));
	}
	// The schema is strict: a document with a field the content model does not have fails.
	const broken = structuredClone(document);
	(broken['people']![0] as Record<string, unknown>)['nickname'] = 'x';
	expect(validate(broken)).toBe(false);
});
