import { expect, test } from 'vitest';
import { excerptAround, markedWords, matchesOtherWords } from '../../src/lib/excerpt.ts';

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

test('a page Pagefind matched by other words than the query’s is told apart from a real match', () => {
	const marksOtherWords = (query: string, excerpt: string) => matchesOtherWords(query, markedWords(excerpt));
	// "Vanntar" is in no page: Pagefind falls back to "van".
	expect(marksOtherWords('Vanntar', 'a <mark>van</mark> parked')).toBe(true);
	expect(marksOtherWords('Abren', 'was <mark>a</mark> river port')).toBe(true);
	// "Taluve" is in no page either: Pagefind falls back to "talu" and marks another name.
	expect(marksOtherWords('Taluve', 'met <mark>Talumira</mark> in')).toBe(true);
	expect(marksOtherWords('Taluve', 'met <mark>Taluve</mark> and <mark>Talumira</mark>')).toBe(false);
	// Real matches: the word, a word it begins, a stem either way, a folded spelling, Arabic prefixes and endings.
	expect(marksOtherWords('Kallavan', 'President <mark>Kallavan</mark> said')).toBe(false);
	expect(marksOtherWords('Vant', 'President <mark>Vantar</mark> said')).toBe(false);
	expect(marksOtherWords('partnerships', 'a <mark>partnership</mark> with')).toBe(false);
	expect(marksOtherWords('countries', 'the <mark>country</mark> and')).toBe(false);
	expect(marksOtherWords('country', 'the <mark>countries</mark> of')).toBe(false);
	expect(marksOtherWords('Ozdogan', '<mark>Özdoğan</mark> met')).toBe(false);
	expect(marksOtherWords('شراكة', 'تعزيز <mark>والشراكة</mark> بين')).toBe(false);
	expect(marksOtherWords('الشراكات', 'تعزيز <mark>الشراكة</mark> بين')).toBe(false);
	// Found only without its first letter: a prefix the reader attached, or a misspelt name («فموربا»).
	expect(marksOtherWords('والممرات', 'تطوير <mark>الممرات</mark> بين')).toBe(true);
	expect(marksOtherWords('فموربا', 'مع <mark>موربادي</mark> في')).toBe(true);
	// One query word found is enough: an excerpt shows some of the words of a page.
	expect(marksOtherWords('Kallavan partnership', 'President <mark>Kallavan</mark> said')).toBe(false);
	// Short words cannot tell; nothing marked cannot tell.
	expect(marksOtherWords('LL', 'the <mark>L</mark>')).toBe(false);
	expect(marksOtherWords('Vanntar', 'nothing marked')).toBeUndefined();
});

test('a page that matched on its names is told apart by those names', () => {
	// A meeting found by its title "Talumira meets Okoro" for "Taluve": other words.
	expect(matchesOtherWords('Taluve', ['Talumira meets Okoro'])).toBe(true);
	expect(matchesOtherWords('Okoro', ['Talumira meets Okoro'])).toBe(false);
	expect(matchesOtherWords('Kalavan', ['Teodor Kallavan', 'Kalavan'])).toBe(false);
	expect(matchesOtherWords('Taluve', [])).toBeUndefined();
});

test('a matched name that begins as the query does but ends otherwise is another word', () => {
	// «تونوسييل» is misspelt «تونوسيل»; Pagefind matches «تونوسا», another person.
	expect(matchesOtherWords('تونوسييل', ['تونوسا'])).toBe(true);
	expect(matchesOtherWords('Fatalmoor', ['Fatalmi'])).toBe(true);
	// Endings of the same word still count as the word.
	expect(matchesOtherWords('negotiations', ['negotiated'])).toBe(false);
	expect(matchesOtherWords('المحادثات', ['المحادثة'])).toBe(false);
});
