/**
 * "Met" means met: people met are those a person held a bilateral meeting
 * with. Being present at the same summit is shown as what the sources report,
 * attendance, on person pages, the graph page, in the downloads and in
 * structured data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { page, siteDir } from '../helpers/site.ts';

const list = (path: string, name: string) =>
	[...parseHTML(page(path)).document.querySelectorAll(`[data-backlinks="${name}"] > li`)].map((li) =>
		(li.textContent ?? '').replace(/\s+/g, ' ').trim(),
	);

test('a person met those of their meetings; the others at a summit are listed as present there', () => {
	// Özdoğan met Vantar in a meeting; she was at the First League Summit with the rest, and met none of them.
	expect(list('en/people/ozdogan/', 'people-met')).toEqual(['Vantar (at Özdoğan–Vantar meeting)']);
	expect(list('en/people/ozdogan/', 'also-attended')).toEqual([
		'First League Summit: Kallavan, Saidi, Vantar, Pell, Hollis',
	]);
	expect(list('ar/people/kallavan/', 'people-met')).toHaveLength(2);
	// The one represented was not present, and met no one; the envoy was present.
	expect(parseHTML(page('en/people/brannock/')).document.querySelector('[data-backlinks="also-attended"]')).toBeNull();
	expect(list('en/people/pell/', 'also-attended')).toEqual([
		'First League Summit: Kallavan, Saidi, Özdoğan, Vantar, Hollis',
	]);
});

test('the graph page joins only people who met, and lists who was present at each summit apart', () => {
	const { document } = parseHTML(page('en/graph/'));
	const relations = [...document.querySelectorAll('.relations li')].map((li) =>
		li.textContent!.replace(/\s+/g, ' ').trim(),
	);
	expect(relations.sort()).toEqual([
		'Hollis – Kallavan (at Kallavan–Hollis video call)',
		'Kallavan – Saidi (at Kallavan–Saidi meeting)',
		'Özdoğan – Vantar (at Özdoğan–Vantar meeting)',
	]);
	expect(document.querySelectorAll('svg line')).toHaveLength(3);
	const together = [...document.querySelectorAll('.together li')].map((li) =>
		li.textContent!.replace(/\s+/g, ' ').trim(),
	);
	expect(together).toContain('Harbour Forum: Saidi, Kallavan, Hollis');
});

test('structured data says no two people know each other', () => {
	for (const path of ['en/people/kallavan/', 'en/summits/first-league-summit/', 'en/graph/'])
		expect(page(path)).not.toMatch(/"knows"|"colleague"/);
});

test('the attendance download pairs two people only as the sides of a meeting, never for being at a summit', () => {
	for (const lang of ['en', 'ar']) {
		const rows = parse(readFileSync(join(siteDir(), lang, 'data', 'attendance.csv')), {
			bom: true,
			columns: true,
		}) as Record<string, string>[];
		const paired = rows.filter((r) => r['with_id'] !== '' && !['represented', 'representative'].includes(r['role']!));
		expect(paired.map((r) => `${r['person_id']}–${r['with_id']} (${r['role']} at ${r['event_id']})`).sort()).toEqual([
			'hollis–kallavan (side at kallavan-hollis-2022)',
			'kallavan–hollis (side at kallavan-hollis-2022)',
			'kallavan–saidi (side at kallavan-saidi-2022)',
			'ozdogan–vantar (side at ozdogan-vantar-2022)',
			'saidi–kallavan (side at kallavan-saidi-2022)',
			'vantar–ozdogan (side at ozdogan-vantar-2022)',
		]);
	}
});
