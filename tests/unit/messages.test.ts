/**
 * Interface messages with counts, rendered as a reader sees them for 0, 1, 2,
 * 3, 11 and 100 in every language of the interface: English two plural forms,
 * French three (one takes 0 too), Arabic six (zero, one, two, few, many,
 * other), and a count is never left in the wrong one.
 */
import { describe, expect, test } from 'vitest';
import { countText } from '../../src/client/search/render.ts';
import { countForms, t, type MessageKey } from '../../src/i18n/ui.ts';
import { INTL_LOCALE, KNOWN_LOCALES, type Locale } from '../../src/lib/language-table.ts';

const COUNTS = [0, 1, 2, 3, 11, 100];

/** Every message with a count, and the values of its other arguments. */
const COUNT_MESSAGES: Record<string, { counts: string[]; others?: Record<string, string | number> }> = {
	results: { counts: ['n'] },
	otherEdition: { counts: ['n'], others: { language: 'Lingua' } },
	coverageText: { counts: ['people', 'summits', 'meetings', 'sources'] },
	reviewSummary: { counts: ['paragraphs', 'uncited'] },
	whatsNewShowing: { counts: ['shown'], others: { total: 500 } },
	graphShowing: { counts: ['shown'], others: { total: 500 } },
	portableEdition: { counts: ['count'], others: { date: '3 December 2026' } },
};

const render = (locale: Locale, key: string, n: number) => {
	const { counts, others } = COUNT_MESSAGES[key]!;
	return t(locale, key as MessageKey, { ...others, ...Object.fromEntries(counts.map((name) => [name, n])) });
};

// Every language the interface is written in, whether or not this site is built in it.
describe.each(KNOWN_LOCALES)('in %s', (locale) => {
	test.each(Object.keys(COUNT_MESSAGES))('%s is whole for every count', (key) => {
		for (const n of COUNTS) {
			const text = render(locale, key, n);
			expect(text, `${key} for ${n}`).not.toMatch(/[{}#]/);
			expect(text, `${key} for ${n}`).not.toMatch(/\b1 \w+s\b/);
		}
		// One and many are different words, in both languages.
		expect(render(locale, key, 1).replaceAll('1', 'N')).not.toBe(render(locale, key, 2).replaceAll('2', 'N'));
	});

	test('the search scripts’ count templates give what the message gives, for every count', () => {
		for (const [key, params] of [
			['results', {}],
			['otherEdition', { language: 'Lingua' }],
		] as const) {
			const forms = countForms(locale, key, params);
			const strings = {
				intlLocale: INTL_LOCALE[locale],
				...Object.fromEntries(Object.entries(forms).map(([category, text]) => [`${key}.${category}`, text])),
			};
			for (const n of [...COUNTS, 21, 102, 1000])
				expect(countText(strings, n, key), `${key} ${n}`).toBe(t(locale, key, { ...params, n }));
		}
	});
});

test('Arabic uses each of its six forms: a word for one and two, a plural for three to ten, a singular from eleven', () => {
	expect(COUNTS.map((n) => t('ar', 'results', { n }))).toEqual([
		'لا نتائج.',
		'نتيجة واحدة',
		'نتيجتان',
		'3 نتائج',
		'11 نتيجة',
		'100 نتيجة',
	]);
	expect(COUNTS.map((n) => render('ar', 'portableEdition', n).match(/وتضم (.*?)\./)![1])).toEqual([
		'0 إحاطة',
		'إحاطة واحدة',
		'إحاطتين',
		'3 إحاطات',
		'11 إحاطة',
		'100 إحاطة',
	]);
	expect(t('ar', 'coverageText', { people: 14, summits: 2, meetings: 3, sources: 1 }).split(':')[0]).toBe(
		'إحاطات عن 14 شخصية من القادة والمسؤولين وقمتين و3 اجتماعات ثنائية، مستمدة من مصدر واحد',
	);
});

test('English says "1 source", never "1 sources"', () => {
	expect(t('en', 'coverageText', { people: 14, summits: 2, meetings: 1, sources: 1 })).toMatch(
		/^Briefings on 14 leaders and officials, 2 summits and 1 bilateral meeting, drawn from 1 source:/,
	);
	expect(COUNTS.map((n) => t('en', 'results', { n }))).toEqual([
		'No results.',
		'1 result',
		'2 results',
		'3 results',
		'11 results',
		'100 results',
	]);
});
