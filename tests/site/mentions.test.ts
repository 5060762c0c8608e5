import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { page } from '../helpers/site.ts';

test('links in the body point to the entity they name, in the page’s language', () => {
	const { document } = parseHTML(page('ar/summits/first-league-summit/'));
	const link = [...document.querySelectorAll('.briefing-body a.entity-link')].find(
		(a) => a.textContent === 'نادية بيل',
	);
	expect(link?.getAttribute('href')).toBe('/ar/people/pell/');
	expect(link?.getAttribute('data-kind')).toBe('people');
});
