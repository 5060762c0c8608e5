import { expect, test } from 'vitest';
import {
	packFallbackIndex,
	searchFallback,
	unpackFallbackIndex,
	type FallbackEntry,
} from '../../src/lib/fallback-search.ts';
import { foldName } from '../../src/lib/search-normalize.ts';

const entry = (i: string, names: string[], summary: FallbackEntry['s'], extra: Partial<FallbackEntry> = {}) =>
	({
		i,
		k: 'people',
		n: { en: names[0]!, ar: names[1]! },
		s: summary,
		f: names.map(foldName),
		...extra,
	}) satisfies FallbackEntry;

const kallavan = entry(
	'kallavan',
	['Teodor Kallavan', 'تيودور كالافان', 'Kalavan'],
	{ en: 'President of Northland.', ar: 'رئيس أرض الشمال.' },
	{ w: ['head of state'] },
);
const summit = entry(
	'arvana-summit',
	['Arvana summit', 'قمة أرفانا'],
	{ en: 'Leaders met Kallavan on partnership.', ar: 'التقى القادة بكالافان لبحث الشراكة.' },
	{ k: 'summits', d: '2022-10-13', b: ['شراك'] },
);
const entries = [summit, kallavan];

test('an entity named by the query comes first, before one that only mentions it', () => {
	const hits = searchFallback(entries, 'Kallavan', 'en');
	expect(hits.map((h) => h.entry.i)).toEqual(['kallavan', 'arvana-summit']);
	expect(hits[1]!.excerpt).toBe('Leaders met <mark>Kallavan</mark> on partnership.');
});

test('any spelling finds the entity, and so does its vocabulary', () => {
	expect(searchFallback(entries, 'kalavan', 'en')[0]!.entry.i).toBe('kallavan');
	expect(searchFallback(entries, 'Head of State', 'en').map((h) => h.entry.i)).toEqual(['kallavan']);
});

test('every word must match; an empty query finds nothing', () => {
	expect(searchFallback(entries, 'Kallavan partnership', 'en').map((h) => h.entry.i)).toEqual(['arvana-summit']);
	expect(searchFallback(entries, 'Kallavan nowhere', 'en')).toEqual([]);
	expect(searchFallback(entries, '   ', 'en')).toEqual([]);
});

test('an English plural finds the singular', () => {
	expect(searchFallback(entries, 'partnerships', 'en').map((h) => h.entry.i)).toEqual(['arvana-summit']);
});

test('Arabic words meet on their stems, with attached letters and the article', () => {
	expect(searchFallback(entries, 'كالافان', 'ar')[0]!.entry.i).toBe('kallavan');
	expect(searchFallback(entries, 'والشراكة', 'ar').map((h) => h.entry.i)).toEqual(['arvana-summit']);
	// The summary is escaped, and a word that shares the stem is marked.
	const [hit] = searchFallback(entries, 'شراكة', 'ar');
	expect(hit!.excerpt).toContain('<mark>');
});

test('newest first among equal matches', () => {
	const older = { ...summit, i: 'older', d: '2021-01-01' };
	expect(searchFallback([older, summit], 'partnership', 'en').map((h) => h.entry.i)).toEqual([
		'arvana-summit',
		'older',
	]);
});

test('summaries are escaped in excerpts', () => {
	const risky = entry('x', ['Risky', 'خطر'], { en: 'A <b>bold</b> risky claim', ar: '' });
	expect(searchFallback([risky], 'risky', 'en')[0]!.excerpt).toBe(
		'A &#60;b&#62;bold&#60;/b&#62; <mark>risky</mark> claim',
	);
});

test('the shipped index lists each Arabic stem once and unpacks to the same entries', () => {
	const withEmpty = { ...kallavan, b: [] };
	const packed = packFallbackIndex([summit, withEmpty, { ...summit, i: 'again', b: ['شراك', 'قمه'] }]);
	expect(packed.stems).toEqual(['شراك', 'قمه']);
	expect(packed.entries.map((e) => e.b)).toEqual(['0', '', '0 1']);
	expect(unpackFallbackIndex(packed)).toEqual([summit, withEmpty, { ...summit, i: 'again', b: ['شراك', 'قمه'] }]);
	expect(unpackFallbackIndex(packFallbackIndex([kallavan]))).toEqual([kallavan]);
});
