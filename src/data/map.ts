/**
 * The collection on a map: the countries of `briefings/countries.yaml` and
 * the cities of `briefings/cities.yaml`, with how many events involve each,
 * drawn from Natural Earth's boundaries (the `world-atlas` package) once per
 * build: at full width for the map page, as a thumbnail for locator maps.
 */
import { atlas, numericCode } from '../lib/atlas.ts';
import { drawMap, shadingClass, shadingClasses, type DrawnMap } from '../lib/map.ts';
import type { Site } from './site.ts';

/** Which Natural Earth scale each drawing uses, and at what size. */
const SCALES = {
	/** The map page: 1:50m boundaries, whole user units on a 1,000-unit-wide drawing. */
	full: { atlas: '50m', width: 1000, digits: 0, borders: true },
	/** Locator maps: 1:110m land and the one country, 200 units wide. */
	locator: { atlas: '110m', width: 200, digits: 0, borders: false },
} as const;

export type MapScale = keyof typeof SCALES;

export interface MapData {
	drawing: DrawnMap;
	/** Events involving each country and held in each city, by id. */
	events: Map<string, number>;
	/** Shading ranges for the country counts. */
	classes: [number, number][];
	/** The shading class of each country (0: no events). */
	shade: (id: string) => number;
}

/** Drawings per collection (a build has one; component tests load several). */
const drawings = new WeakMap<Site, Map<MapScale, MapData>>();

/** The map of the collection at a scale, drawn once per build. */
export function mapOf(site: Site, scale: MapScale): MapData {
	let forSite = drawings.get(site);
	if (!forSite) drawings.set(site, (forSite = new Map()));
	const cached = forSite.get(scale);
	if (cached) return cached;
	const { atlas: scaleOf, ...size } = SCALES[scale];
	const drawing = drawMap({
		topology: atlas(scaleOf),
		countries: site.countries.map((c) => ({ id: c.id, numeric: numericCode(c.id) ?? '' })),
		cities: site.cities.map((c) => ({ id: c.id, coordinates: c.data.coordinates })),
		...size,
	});
	const events = new Map<string, number>([
		...site.countries.map((c): [string, number] => [c.id, site.graph.country(c.id).events.length]),
		...site.cities.map((c): [string, number] => [c.id, site.graph.city(c.id).length]),
	]);
	const classes = shadingClasses(Math.max(0, ...site.countries.map((c) => events.get(c.id) ?? 0)));
	const data: MapData = { drawing, events, classes, shade: (id) => shadingClass(events.get(id) ?? 0, classes) };
	forSite.set(scale, data);
	return data;
}

/** What a locator map shows for an entry: the countries to pick out and the cities to mark. */
export function locatorSubject(site: Site, id: string): { countries: string[]; cities: string[] } {
	const entry = site.byId.get(id);
	const countryOf = (city: string) => {
		const found = site.byId.get(city);
		return found?.collection === 'cities' ? [found.data.country.id] : [];
	};
	switch (entry?.collection) {
		case 'countries':
			return { countries: [id], cities: site.cities.filter((c) => c.data.country.id === id).map((c) => c.id) };
		case 'cities':
			return { countries: countryOf(id), cities: [id] };
		case 'summits':
			return { countries: [entry.data.country.id], cities: [entry.data.city.id] };
		case 'meetings': {
			const city = entry.data.city?.id;
			if (city) return { countries: countryOf(city), cities: [city] };
			// A meeting by video link happened nowhere: show where the two sides come from.
			const countries = entry.data.sides.flatMap((side) => {
				const person = site.byId.get(side.id);
				return person?.collection === 'people' && person.data.country ? [person.data.country.id] : [];
			});
			return { countries: [...new Set(countries)], cities: [] };
		}
		default:
			return { countries: [], cities: [] };
	}
}
