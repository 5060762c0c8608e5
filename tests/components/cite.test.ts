import { expect, test } from 'vitest';
import Cite from '../../src/components/mdx/Cite.astro';
import { render } from './render.ts';

test('a citation links each paragraph to its anchor on the source page, in the reader’s language', async () => {
	const document = await render(Cite, 'ar', { p: '4,5', source: 'kazakhstan-diplomacy-2022' });
	const links = [...document.querySelectorAll('a')];
	expect(links.map((a) => a.textContent)).toEqual(['¶4', '¶5']);
	expect(links.map((a) => a.getAttribute('href'))).toEqual([
		'/ar/sources/kazakhstan-diplomacy-2022/#p4',
		'/ar/sources/kazakhstan-diplomacy-2022/#p5',
	]);
	expect(links[0]?.getAttribute('aria-label')).toBe('فقرة المصدر 4');
});

test('a citation with no source is an error rather than a dead link', async () => {
	await expect(render(Cite, 'en', { p: '1' })).rejects.toThrow(/no source to cite/);
});
