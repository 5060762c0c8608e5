import { describe, expect, test } from 'vitest';
import { atlas, isCountryCode, numericCode } from '../../src/lib/atlas.ts';
import { drawMap, shadingClass, shadingClasses } from '../../src/lib/map.ts';

// Places invented for the tests, under real ISO codes as the site fixture files its made-up countries: the map finds boundaries by code.
const CAPITAL: [number, number] = [24.94, 60.17];
const ARVANA: [number, number] = [103.0, 47.0];
const country = (id: string) => ({ id, numeric: numericCode(id) ?? '' });

/** The points of a path, ring by ring. */
function rings(d: string): [number, number][][] {
	return d
		.split('M')
		.filter(Boolean)
		.map((ring) =>
			ring
				.replace(/Z$/, '')
				.split('L')
				.map((pair) => pair.split(',').map(Number) as [number, number]),
		);
}

describe('drawing the region', () => {
	const region = drawMap({
		topology: atlas('110m'),
		countries: ['fi', 'it', 'pl', 'lu', 'xk'].map(country),
		cities: [{ id: 'capital', coordinates: CAPITAL }],
		width: 200,
		digits: 0,
		borders: false,
	});

	test('frames every country of the collection and marks the city inside the drawing', () => {
		expect(region.width).toBe(200);
		expect(region.height).toBeGreaterThanOrEqual(90);
		for (const id of ['fi', 'it', 'pl', 'lu']) expect(region.countries.find((c) => c.id === id)?.d, id).toMatch(/^M\d/);
		expect(region.cities).toHaveLength(1);
		const { x, y } = region.cities[0]!;
		expect(x).toBeGreaterThan(0);
		expect(x).toBeLessThan(200);
		expect(y).toBeGreaterThan(0);
		expect(y).toBeLessThan(region.height);
	});

	test('says which countries the atlas cannot draw instead of leaving them out silently', () => {
		// Kosovo has an ISO code but no shape of its own at 1:110m.
		expect(region.missing).toEqual(['xk']);
	});

	test('a country too small to see at this size gets a marker', () => {
		expect(region.countries.find((c) => c.id === 'lu')?.small).toBe(true);
		expect(region.countries.find((c) => c.id === 'fi')?.small).toBe(false);
	});

	test('keeps no point twice in a row and no ring too small to draw, once coordinates are rounded', () => {
		for (const d of [region.land, ...region.countries.map((c) => c.d)]) {
			for (const ring of rings(d)) {
				expect(ring.length).toBeGreaterThanOrEqual(3);
				ring.forEach((point, i) => {
					if (i > 0) expect(point).not.toEqual(ring[i - 1]);
					for (const value of point) expect(Number.isInteger(value)).toBe(true);
				});
			}
		}
	});

	test('borders are left out of a thumbnail and drawn on the full map', () => {
		expect(region.borders).toBe('');
		const full = drawMap({
			topology: atlas('110m'),
			countries: [country('mn')],
			cities: [],
			width: 1000,
			digits: 1,
			borders: true,
		});
		expect(full.borders).toMatch(/^M/);
	});

	test('one city alone does not fill the map: the frame spans a region around it', () => {
		const alone = drawMap({
			topology: atlas('110m'),
			countries: [country('mn')],
			cities: [{ id: 'arvana', coordinates: ARVANA }],
			width: 200,
			digits: 1,
			borders: false,
		});
		// A country about 30 degrees wide (filed under mn) fits with room around it.
		const xs = rings(alone.countries[0]!.d)
			.flat()
			.map(([x]) => x);
		expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(200);
	});
});

describe('shading', () => {
	test('one class per count while counts are few', () => {
		expect(shadingClasses(0)).toEqual([]);
		expect(shadingClasses(3)).toEqual([
			[1, 1],
			[2, 2],
			[3, 3],
		]);
	});

	test('many counts fall into four growing ranges that cover every count once', () => {
		const ranges = shadingClasses(100);
		expect(ranges).toHaveLength(4);
		expect(ranges[0]![0]).toBe(1);
		expect(ranges.at(-1)![1]).toBe(100);
		ranges.forEach(([low, high], i) => {
			expect(high).toBeGreaterThanOrEqual(low);
			if (i > 0) expect(low).toBe(ranges[i - 1]![1] + 1);
		});
		expect(shadingClass(0, ranges)).toBe(0);
		expect(shadingClass(1, ranges)).toBe(1);
		expect(shadingClass(100, ranges)).toBe(4);
	});
});

test('countries are keyed by ISO code', () => {
	expect(isCountryCode('fi')).toBe(true);
	expect(isCountryCode('FI')).toBe(false);
	expect(isCountryCode('north')).toBe(false);
	expect(numericCode('lu')).toBe('442');
});
