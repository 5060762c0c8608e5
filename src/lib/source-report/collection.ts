/**
 * What the source report needs to know of the collection: every entity's
 * names and words, and the facts a source may contradict (dates, offices,
 * counts). Read from entries as the content reader gives them, so the report
 * works on a collection the checker has not passed yet.
 */

export interface KnownEntity {
	id: string;
	/** Its collection: people, summits, meetings, countries, cities, organisations, topics. */
	collection: string;
	/** The file to update, when known. */
	file?: string;
	/** Its names: name, short name and spellings, in every language. */
	names: string[];
	/** Other words for it (`vocabulary`), in every language. */
	words: string[];
	/** A country's adjectives as the collection lists them (an optional `adjectives` field). */
	adjectives: string[];
	/** A summit's or meeting's first and last day, YYYY-MM-DD. */
	dates?: { start: string; end: string };
	/** A person's office, in English and Arabic. */
	/** The office, in each language the collection gives it. */
	office?: Record<string, string>;
	/** A person's country, a city's country, a summit's host country. */
	country?: string;
	/** A summit's organiser and city. */
	organiser?: string;
	city?: string;
	/** A summit's participants (person ids) and edition. */
	participants?: string[];
	edition?: number;
	/** A meeting's two sides. */
	sides?: [string, string];
}

export interface EntryLike {
	collection: string;
	id: string;
	file?: string;
	data: unknown;
	broken?: boolean;
}

type Data = Record<string, unknown>;

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const text = (value: unknown): string[] => {
	if (typeof value === 'string') return [value];
	if (value && typeof value === 'object') return Object.values(value).filter((v): v is string => typeof v === 'string');
	return [];
};

// YAML may give a date as a string or a Date; the report compares YYYY-MM-DD.
const day = (value: unknown): string | undefined => {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
};

const idOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The adjectives a country lists, in any language: `[…]` or `{ en: […], ar: […] }`. */
function adjectivesOf(value: unknown): string[] {
	if (Array.isArray(value)) return strings(value);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/** The collection's entities, sources and unreadable entries left out. */
export function knownEntities(entries: readonly EntryLike[]): KnownEntity[] {
	const entities: KnownEntity[] = [];
	for (const entry of entries) {
		if (entry.collection === 'sources' || entry.broken) continue;
		const data = (entry.data ?? {}) as Data;
		const vocabulary = data['vocabulary'] as Data | undefined;
		const entity: KnownEntity = {
			id: entry.id,
			collection: entry.collection,
			...(entry.file ? { file: entry.file } : {}),
			names: [...new Set([...text(data['name']), ...text(data['shortName']), ...strings(data['spellings'])])],
			words: [...new Set(vocabulary ? Object.values(vocabulary).flatMap(strings) : [])],
			adjectives: adjectivesOf(data['adjectives']),
		};
		const start = day(data['startDate']) ?? day(data['date']);
		if (start && (entry.collection === 'summits' || entry.collection === 'meetings'))
			entity.dates = { start, end: day(data['endDate']) ?? start };
		const office = data['office'] as Data | undefined;
		if (office && typeof office === 'object')
			entity.office = Object.fromEntries(
				Object.entries(office).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
			);
		const country = idOf(data['country']);
		if (country) entity.country = country;
		const organiser = idOf(data['organiser']);
		if (organiser) entity.organiser = organiser;
		const city = idOf(data['city']);
		if (city) entity.city = city;
		if (Array.isArray(data['participants']))
			entity.participants = (data['participants'] as Data[])
				.map((p) => idOf(p?.['person']))
				.filter((p): p is string => !!p);
		if (typeof data['edition'] === 'number') entity.edition = data['edition'];
		const sides = strings(data['sides']);
		if (sides.length === 2) entity.sides = [sides[0]!, sides[1]!];
		entities.push(entity);
	}
	return entities;
}
