import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { LOCALES, page, pageExists } from '../helpers/site.ts';

/** Everything the briefings issue names, by page path. */
const REQUIRED = {
	people: [
		'tokayev',
		'nazarbayev',
		'putin',
		'erdogan',
		'sharif',
		'raisi',
		'abbas',
		'japarov',
		'rahmon',
		'mirziyoyev',
		'berdimuhamedov',
		'geldimyradov',
		'michel',
		'von-der-leyen',
	],
	summits: ['cica-2022-astana', 'central-asia-eu-2022-astana'],
	meetings: ['tokayev-japarov-2022', 'tokayev-von-der-leyen-2022'],
	organisations: ['cica', 'eu', 'european-council', 'european-commission', 'un'],
	topics: ['transport-logistics', 'trade-investment', 'supply-chain-corridors', 'climate-change'],
	countries: ['kz', 'ru', 'tr', 'pk', 'ir', 'ps', 'kg', 'tj', 'uz', 'tm'],
	sources: ['kazakhstan-diplomacy-2022'],
};

const cases = Object.entries(REQUIRED).flatMap(([collection, ids]) =>
	LOCALES.flatMap((locale) => ids.map((id) => `${locale}/${collection}/${id}/`)),
);

describe('every entity has a page in each language', () => {
	test.each(cases)('%s', (path) => {
		expect(pageExists(path)).toBe(true);
		const { document } = parseHTML(page(path));
		const locale = path.slice(0, 2);
		expect(document.documentElement.getAttribute('lang')).toBe(locale);
		expect(document.documentElement.getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
		const h1 = document.querySelectorAll('h1');
		expect(h1).toHaveLength(1);
		expect(h1[0]!.textContent!.trim().length).toBeGreaterThan(0);
	});
});

describe('every briefing opens with the bottom line, then its key facts, and has a why-it-matters section', () => {
	const briefings = [
		...REQUIRED.people.map((id) => `people/${id}`),
		...REQUIRED.summits.map((id) => `summits/${id}`),
		...REQUIRED.meetings.map((id) => `meetings/${id}`),
	];
	test.each(LOCALES.flatMap((l) => briefings.map((b) => `${l}/${b}/`)))('%s', (path) => {
		const { document } = parseHTML(page(path));
		const article = document.querySelector('article.briefing')!;
		const lead = article.querySelector('.briefing-body')!;
		expect(lead.firstElementChild?.className).toBe('bottom-line');
		expect(lead.querySelector('.bottom-line')?.textContent?.length).toBeGreaterThan(80);
		expect(lead.nextElementSibling?.matches('.infobox')).toBe(true);
		expect(article.querySelector('.infobox dl')).not.toBeNull();
		expect(article.querySelector('.why-it-matters')).not.toBeNull();
	});
});
