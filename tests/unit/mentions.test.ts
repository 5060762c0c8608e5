import { expect, test } from 'vitest';
import { candidateNames, mentionFinder } from '../../src/lib/mentions.ts';

const find = mentionFinder([
	{ id: 'tokayev', names: ['Tokayev', 'توكاييف', 'Токаев'] },
	{ id: 'astana', names: ['Astana', 'أستانا'] },
	{ id: 'eu', names: ['EU'] },
]);

test('known entities are found by any name, folded, once each', () => {
	expect(find('President TOKAYEV met in Astana; Tokayev spoke.')).toEqual([
		{ id: 'tokayev', name: 'tokayev' },
		{ id: 'astana', name: 'astana' },
	]);
	expect(find('Токаев')).toEqual([{ id: 'tokayev', name: 'токаев' }]);
});

test('an Arabic name is found with an attached conjunction or preposition, and hamza forms folded', () => {
	expect(find('وصل الرئيس وتوكاييف إلى استانا').map((m) => m.id)).toEqual(['tokayev', 'astana']);
	expect(find('لأستانا').map((m) => m.id)).toEqual(['astana']);
});

test('names are whole words, and names too short to be safe are not used', () => {
	expect(find('Tokayevich and Astanaville')).toEqual([]);
	expect(find('the EU met')).toEqual([]);
	expect(mentionFinder([])('anything')).toEqual([]);
});

test('candidate names: capitalised runs without their titles, not a lone word that starts a sentence', () => {
	const names = candidateNames('Leaders met. President Sadyr Japarov spoke with Mirziyoyev in Samarkand.');
	expect(names).toContain('Sadyr Japarov');
	expect(names).toContain('Mirziyoyev');
	expect(names).toContain('Samarkand');
	expect(names).not.toContain('Leaders');
	expect(names.some((n) => n.startsWith('President'))).toBe(false);
});

test('candidate names in Arabic: the two words after a title', () => {
	expect(candidateNames('واستقبل الرئيس صادر جباروف، في العاصمة.')).toContain('صادر جباروف');
});
