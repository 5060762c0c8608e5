/**
 * Draws the collection's region as SVG path data at build time: the
 * countries of the collection one by one (to shade and link them), every
 * other country as one path, and the cities as points. Pure geometry:
 * names, links and colours are the caller's.
 */
import {
	geoAzimuthalEqualArea,
	geoCentroid,
	geoPath,
	type GeoPermissibleObjects,
	type GeoProjection,
	type GeoStream,
} from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { countryShapes } from './atlas.ts';

export type LonLat = [longitude: number, latitude: number];

export interface MapRequest {
	/** A Natural Earth topology with a `countries` object whose geometries have ISO 3166-1 numeric ids. */
	topology: Topology;
	/** The countries to draw one by one, by ISO numeric code (empty when it has none). */
	countries: { id: string; numeric: string }[];
	/** Points to mark. */
	cities: { id: string; coordinates: LonLat }[];
	/** Width of the drawing in SVG user units. */
	width: number;
	/** Whether to draw the borders between countries (a thumbnail shows only land and its subject). */
	borders: boolean;
	/** Decimal places kept in coordinates: 0 for a thumbnail, 1 for a full-width map. */
	digits: number;
}

export interface DrawnCountry {
	id: string;
	/** Path data; empty when the country lies outside the frame. */
	d: string;
	/** Where a label or a marker goes. */
	anchor: [number, number];
	/** Width of its drawn shape, to tell whether a label fits. */
	span: number;
	/** Too small to see or click at this scale: draw a marker too. */
	small: boolean;
}

export interface DrawnMap {
	width: number;
	height: number;
	/** All land, as one path to fill. */
	land: string;
	/** Every border between two countries, each once, as one path to stroke. */
	borders: string;
	countries: DrawnCountry[];
	/** Countries the atlas does not have. */
	missing: string[];
	cities: { id: string; x: number; y: number }[];
}

/** Below this area, in square user units per 1,000 units of width, a country gets a marker. */
const SMALL_AREA = 100;
/** The frame never spans less than this many degrees, so one city does not fill the map. */
const MIN_SPAN = 24;

/** A rectangle of longitudes and latitudes around every point, with a margin. */
function frameOf(points: LonLat[]): MultiPoint {
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	let [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
	const grow = (low: number, high: number, limit: number): [number, number] => {
		const span = Math.max(high - low, MIN_SPAN) * 1.2;
		const middle = (low + high) / 2;
		return [Math.max(middle - span / 2, -limit), Math.min(middle + span / 2, limit)];
	};
	[west, east] = grow(west, east, 180);
	[south, north] = grow(south, north, 85);
	const steps = 8;
	const coordinates: LonLat[] = [];
	for (let i = 0; i <= steps; i++) {
		const lon = west + ((east - west) * i) / steps;
		const lat = south + ((north - south) * i) / steps;
		coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
	}
	return { type: 'MultiPoint', coordinates };
}

/**
 * Rounds the projected points and drops the ones that rounding makes
 * repeat, and rings too small to keep: at thumbnail size most of a coastline
 * collapses onto a few pixels, and this keeps the markup to what shows.
 */
function rounding(output: GeoStream, digits: number): GeoStream {
	const factor = 10 ** digits;
	let line: [number, number][] | undefined;
	let polygon = false;
	return {
		point(x, y) {
			const point: [number, number] = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
			if (!line) return output.point(...point, 0);
			const last = line.at(-1);
			if (!last || last[0] !== point[0] || last[1] !== point[1]) line.push(point);
		},
		lineStart() {
			line = [];
		},
		lineEnd() {
			const points = line ?? [];
			line = undefined;
			const [first, last] = [points[0], points.at(-1)];
			if (polygon && points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) points.pop();
			if (points.length < (polygon ? 3 : 2)) return;
			output.lineStart();
			for (const point of points) output.point(...point, 0);
			output.lineEnd();
		},
		polygonStart() {
			polygon = true;
			output.polygonStart();
		},
		polygonEnd() {
			polygon = false;
			output.polygonEnd();
		},
		sphere() {
			output.sphere?.();
		},
	};
}

/** The projection that frames the given points: equal-area, centred on them. */
function projectionFor(points: LonLat[], width: number): { projection: GeoProjection; height: number } {
	const frame = frameOf(points);
	const lons = frame.coordinates.map((c) => c[0]!);
	const lats = frame.coordinates.map((c) => c[1]!);
	const centre: LonLat = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
	const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).fitWidth(width, frame);
	const [[, top], [, bottom]] = geoPath(projection).bounds(frame);
	const height = Math.round(Math.min(Math.max(bottom - top, width * 0.45), width));
	projection.fitSize([width, height], frame).clipExtent([
		[0, 0],
		[width, height],
	]);
	return { projection, height };
}

/** Draws the region around the given countries and cities. */
export function drawMap(request: MapRequest): DrawnMap {
	const { topology, width, digits } = request;
	const object = topology.objects['countries'] as GeometryCollection<{ name: string }>;
	const byNumeric = countryShapes(topology);

	const points: LonLat[] = [
		...request.countries.flatMap((c) => {
			const f = byNumeric.get(c.numeric);
			return f ? [geoCentroid(f) as LonLat] : [];
		}),
		...request.cities.map((c) => c.coordinates),
	];
	if (points.length === 0) points.push([0, 20]);
	const { projection, height } = projectionFor(points, width);
	const path = geoPath({ stream: (output) => projection.stream(rounding(output, digits)) });
	const draw = (object: GeoPermissibleObjects) => path(object) ?? '';
	const small = (SMALL_AREA * width) / 1000;

	const countries: DrawnCountry[] = [];
	const missing: string[] = [];
	for (const c of request.countries) {
		const f = byNumeric.get(c.numeric);
		if (!f) {
			missing.push(c.id);
			continue;
		}
		const d = draw(f);
		const [[x0], [x1]] = path.bounds(f);
		const projected = projection(geoCentroid(f) as LonLat);
		const anchor: [number, number] = d && path.area(f) > small ? path.centroid(f) : (projected ?? [NaN, NaN]);
		countries.push({
			id: c.id,
			d,
			anchor: [round(anchor[0], digits), round(anchor[1], digits)],
			span: Number.isFinite(x1 - x0) ? x1 - x0 : 0,
			small: path.area(f) <= small,
		});
	}
	const shapes = object.geometries.filter(
		(g): g is Polygon<{ name: string }> | MultiPolygon<{ name: string }> =>
			g.type === 'Polygon' || g.type === 'MultiPolygon',
	);
	const land = draw(merge(topology, shapes));
	const borders = !request.borders ? '' : draw(mesh(topology, object, (a, b) => a !== b));
	const cities = request.cities.flatMap((c) => {
		const point = projection(c.coordinates);
		if (!point) return [];
		const [x, y] = [round(point[0], digits), round(point[1], digits)];
		return x >= 0 && x <= width && y >= 0 && y <= height ? [{ id: c.id, x, y }] : [];
	});
	return { width, height, land, borders, countries, missing, cities };
}

function round(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

/** Up to `classes` shading classes for counts from 1 to `max`, as inclusive ranges. */
export function shadingClasses(max: number, classes = 4): [number, number][] {
	if (max < 1) return [];
	if (max <= classes) return Array.from({ length: max }, (_, i): [number, number] => [i + 1, i + 1]);
	// Doubling ranges: a map of diplomacy has a few busy capitals and many quiet ones.
	const ranges: [number, number][] = [];
	const step = Math.pow(max, 1 / classes);
	let low = 1;
	for (let i = 1; i <= classes && low <= max; i++) {
		const high = i === classes ? max : Math.max(low, Math.round(Math.pow(step, i)));
		ranges.push([low, high]);
		low = high + 1;
	}
	return ranges;
}

/** The shading class (1-based) of a count, or 0 for none. */
export function shadingClass(count: number, ranges: [number, number][]): number {
	return ranges.findIndex(([low, high]) => count >= low && count <= high) + 1;
}
