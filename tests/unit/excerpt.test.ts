import { expect, test } from 'vitest';
import { excerptAround, matchedByShortPrefix } from '../../src/lib/excerpt.ts';
import { foldName } from '../../src/lib/search-normalize.ts';

const words = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

test('an excerpt around the first matching word, marked and escaped, with ellipses where it was cut', () => {
	const text = `${words(30)} the <Target> here ${words(30, 'more')}`;
	const excerpt = excerptAround(text, (w) => w === 'Target', 12)!;
	expect(excerpt).toMatch(/^… /);
	expect(excerpt).toMatch(/ …$/);
	expect(excerpt).toContain('&lt;<mark>Target</mark>&gt;');
	// About a third of the words before the match.
	expect(excerpt.split('<mark>')[0]!.match(/word\d+/g)).toHaveLength(3);
});

test('every matching word in the window is marked; nothing when no word matches', () => {
	expect(excerptAround('a b a', (w) => w === 'a', 10)).toBe('<mark>a</mark> b <mark>a</mark>');
	expect(excerptAround('a b c', () => false)).toBeUndefined();
});

test('a page Pagefind matched only by a short prefix of a query word is told apart from a real match', () => {
	const fold = (text: string) => foldName(text);
	// "Tokkayev" is in no page: Pagefind falls back to "to".
	expect(matchedByShortPrefix('Tokkayev', 'the need <mark>to</mark> form', fold)).toBe(true);
	expect(matchedByShortPrefix('Abas', 'was <mark>a</mark> testing ground', fold)).toBe(true);
	// Real matches: the word, its English stem, a folded spelling, an Arabic word with a prefix attached.
	expect(matchedByShortPrefix('Tokayev', 'President <mark>Tokayev</mark> said', fold)).toBe(false);
	expect(matchedByShortPrefix('partnerships', 'a <mark>partnership</mark> with', fold)).toBe(false);
	expect(matchedByShortPrefix('Erdogan', '<mark>Erdoğan</mark> met', fold)).toBe(false);
	expect(matchedByShortPrefix('شراكة', 'تعزيز <mark>والشراكة</mark> بين', fold)).toBe(false);
	// Short words, and excerpts with nothing marked, cannot tell.
	expect(matchedByShortPrefix('EU', 'the <mark>E</mark>', fold)).toBe(false);
	expect(matchedByShortPrefix('Tokkayev', 'nothing marked', fold)).toBe(false);
});
