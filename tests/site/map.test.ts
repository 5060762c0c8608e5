import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { locatorBytes } from '../../scripts/lib/browser-metrics.ts';
import { LOCALES, page, SITE_FIXTURE, siteDir } from '../helpers/site.ts';

const ids = (file: string) => Object.keys(parse(readFileSync(join(SITE_FIXTURE, file), 'utf8')) as object).sort();
const COUNTRIES = ids('countries.yaml');
const CITIES = ids('cities.yaml');

describe.each(LOCALES)('the map page (%s)', (locale) => {
	const { document } = parseHTML(page(`${locale}/map/`));
	const svg = document.querySelector('svg.region-map')!;
	const targets = (selector: string) =>
		[...svg.querySelectorAll(`${selector} a`)].map((a) => a.getAttribute('href')!.split('/').at(-2)!).sort();

	test('links every country and every city of the collection, in its language', () => {
		expect(targets('.countries')).toEqual(COUNTRIES);
		expect(targets('.cities')).toEqual(CITIES);
		for (const a of svg.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(new RegExp(`^/${locale}/`));
	});

	test('shades the busiest country darkest, and lists the same figures in tables beside the map', () => {
		const kz = svg.querySelector(`a[href="/${locale}/countries/fi/"]`)!;
		const shades = [...svg.querySelectorAll('.countries a')].map((a) => Number(a.getAttribute('class')!.slice(6)));
		expect(Number(kz.getAttribute('class')!.slice(6))).toBe(Math.max(...shades));
		const rows = [...document.querySelectorAll('.map-lists tbody tr')];
		expect(rows).toHaveLength(COUNTRIES.length + CITIES.length);
		// The first row is the busiest country, with the count the map gives it.
		expect(rows[0]!.querySelector('a')?.getAttribute('href')).toBe(`/${locale}/countries/fi/`);
		const count = rows[0]!.querySelector('td')!.textContent;
		expect(kz.getAttribute('aria-label')).toMatch(new RegExp(`${count}$`));
	});

	test('says whose boundaries it shows', () => {
		expect(document.querySelector('.map-note')?.textContent).toContain('Natural Earth');
	});

	test('stays within its budget: ≤ 60 kB brotli with its stylesheet', () => {
		const css = document.querySelector('link[rel="stylesheet"]:not([media="print"])')!.getAttribute('href')!;
		const bytes = [page(`${locale}/map/`), readFileSync(join(siteDir(), css))].reduce(
			(sum, body) => sum + brotliCompressSync(body).length,
			0,
		);
		expect(bytes).toBeLessThanOrEqual(60 * 1024);
	});
});

describe('locator maps', () => {
	const cases = LOCALES.flatMap((locale) =>
		[
			'countries/fi/',
			'countries/dk/',
			'cities/capital/',
			'summits/first-league-summit/',
			'meetings/kallavan-saidi-2022/',
			'meetings/ozdogan-vantar-2022/',
		].map((path) => `${locale}/${path}`),
	);

	test.each(cases)('%s has one in its key facts, within 3 kB brotli', (path) => {
		const html = page(path);
		const { document } = parseHTML(html);
		const figure = document.querySelector('.infobox figure.locator')!;
		expect(figure.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBeTruthy();
		expect(figure.querySelectorAll('path.subject').length).toBeGreaterThan(0);
		expect(locatorBytes(html)).toBeLessThanOrEqual(3 * 1024);
	});

	test('people, organisations and topics have none', () => {
		for (const path of ['en/people/kallavan/', 'en/organisations/league/', 'en/topics/climate-change/'])
			expect(page(path)).not.toContain('class="locator"');
	});
});
