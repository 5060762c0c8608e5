import { expect, test } from 'vitest';
import { candidateNames, mentionFinder } from '../../src/lib/mentions.ts';

const find = mentionFinder([
	{ id: 'kallavan', names: ['Kallavan', 'كالافان', 'Каллаван'] },
	{ id: 'arvana', names: ['Arvana', 'أرفانا'] },
	{ id: 'league', names: ['LL'] },
]);

test('known entities are found by any name, folded, once each', () => {
	expect(find('President KALLAVAN met in Arvana; Kallavan spoke.')).toEqual([
		{ id: 'kallavan', name: 'kallavan' },
		{ id: 'arvana', name: 'arvana' },
	]);
	expect(find('Каллаван')).toEqual([{ id: 'kallavan', name: 'каллаван' }]);
});

test('an Arabic name is found with an attached conjunction or preposition, and hamza forms folded', () => {
	expect(find('وصل الرئيس وكالافان إلى ارفانا').map((m) => m.id)).toEqual(['kallavan', 'arvana']);
	expect(find('لأرفانا').map((m) => m.id)).toEqual(['arvana']);
});

test('names are whole words, and names too short to be safe are not used', () => {
	expect(find('Kallavanich and Arvanaville')).toEqual([]);
	expect(find('the LL met')).toEqual([]);
	expect(mentionFinder([])('anything')).toEqual([]);
});

test('candidate names: capitalised runs without their titles, not a lone word that starts a sentence', () => {
	const names = candidateNames('Leaders met. President Aylin Özdoğan spoke with Vantar in Arvana.');
	expect(names).toContain('Aylin Özdoğan');
	expect(names).toContain('Vantar');
	expect(names).toContain('Arvana');
	expect(names).not.toContain('Leaders');
	expect(names.some((n) => n.startsWith('President'))).toBe(false);
});

test('candidate names in Arabic: the two words after a title', () => {
	expect(candidateNames('واستقبل الرئيس عمر سائدي، في العاصمة.')).toContain('عمر سائدي');
});
