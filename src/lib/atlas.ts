/**
 * Natural Earth's country boundaries, from the `world-atlas` package, and
 * the ISO 3166-1 codes that join them to the collection: countries are keyed
 * by alpha-2 code (`kz`), the atlas by numeric code (`398`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countryCodes from 'i18n-iso-countries';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** 1:50m for the map page and the checks, 1:110m for thumbnails. */
export type AtlasScale = '50m' | '110m';

const require = createRequire(import.meta.url);
const topologies = new Map<AtlasScale, Topology>();

/** The countries topology at a scale, read once per process. */
export function atlas(scale: AtlasScale): Topology {
	let topology = topologies.get(scale);
	if (!topology) {
		const file = require.resolve(`world-atlas/countries-${scale}.json`);
		topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
		topologies.set(scale, topology);
	}
	return topology;
}

const shapes = new WeakMap<Topology, Map<string, Feature<Geometry, { name: string }>>>();

/** The atlas's country shapes, by ISO numeric code: decoded once per topology (the checker asks on every run). */
export function countryShapes(topology: Topology): Map<string, Feature<Geometry, { name: string }>> {
	let byCode = shapes.get(topology);
	if (!byCode) {
		const object = topology.objects['countries'] as GeometryCollection<{ name: string }>;
		const features = feature(topology, object).features as Feature<Geometry, { name: string }>[];
		shapes.set(topology, (byCode = new Map(features.map((f) => [String(f.id), f]))));
	}
	return byCode;
}

/** True when the id is an ISO 3166-1 alpha-2 code, as country ids must be. */
export function isCountryCode(id: string): boolean {
	return /^[a-z]{2}$/.test(id) && countryCodes.isValid(id.toUpperCase());
}

/** The ISO 3166-1 numeric code Natural Earth files a country under. */
export function numericCode(id: string): string | undefined {
	return isCountryCode(id) ? countryCodes.alpha2ToNumeric(id.toUpperCase()) : undefined;
}
