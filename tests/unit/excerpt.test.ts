import { expect, test } from 'vitest';
import { excerptAround } from '../../src/lib/excerpt.ts';

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
