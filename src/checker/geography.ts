/**
 * Rules that hold the collection to the map: a country is keyed by its ISO
 * code, so the map can find its boundaries; a city lies in its country, which
 * catches the commonest slip in coordinates, latitude written first.
 */
import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, Geometry, Position } from 'geojson';
import { atlas, countryShapes, isCountryCode, numericCode } from '../lib/atlas.ts';
import type { CheckedEntry } from './checked-entry.ts';
import { showValue, type Problem } from './problem.ts';

/** How far outside its country's drawn border a city may lie (coastlines at 1:50m are coarse), in km. */
const TOLERANCE_KM = 60;
const EARTH_KM = 6371;

type LonLat = [number, number];

function positions(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		default:
			return [];
	}
}

/** Kilometres from a point to the nearest vertex of a shape's outline. */
function distanceKm(shape: Feature, point: LonLat): number {
	let nearest = Infinity;
	for (const p of shape.geometry ? positions(shape.geometry) : [])
		nearest = Math.min(nearest, geoDistance(point, p as LonLat));
	return nearest * EARTH_KM;
}

function idOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	return (value as { id?: string } | undefined)?.id;
}

export function checkGeography(entries: CheckedEntry[]): Problem[] {
	const problems: Problem[] = [];
	const countries = entries.filter((e) => e.collection === 'countries');
	for (const entry of countries) {
		if (isCountryCode(entry.id)) continue;
		problems.push({
			file: entry.file,
			line: entry.lineOf([]),
			field: 'id',
			message: `${showValue(entry.id)} is not an ISO 3166-1 alpha-2 code; expected the country's two-letter code in lower case, such as fi for Finland (the map finds its boundaries by it)`,
		});
	}
	const cities = entries.filter((e) => e.collection === 'cities');
	if (cities.length === 0) return problems;
	const shapes = countryShapes(atlas('50m'));
	for (const entry of cities) {
		const coordinates = entry.data['coordinates'];
		const country = idOf(entry.data['country']);
		if (!Array.isArray(coordinates) || coordinates.length !== 2 || !country) continue;
		const shape = shapes.get(numericCode(country) ?? '');
		if (!shape) continue;
		const point = coordinates as LonLat;
		if (geoContains(shape, point)) continue;
		const km = distanceKm(shape, point);
		if (km <= TOLERANCE_KM) continue;
		const swapped: LonLat = [point[1], point[0]];
		const hint = geoContains(shape, swapped)
			? `; they look like [latitude, longitude]: write [${swapped.join(', ')}]`
			: '; expected [longitude, latitude] in degrees, east and north positive';
		problems.push({
			file: entry.file,
			line: entry.lineOf(['coordinates']),
			field: 'coordinates',
			message: `[${point.join(', ')}] lies ${Math.round(km).toLocaleString('en')} km outside ${country}, the city's country${hint}`,
		});
	}
	return problems;
}
