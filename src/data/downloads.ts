/**
 * The collection as tables to take away: people, events, attendance,
 * meetings and citations, one CSV file each per language (names and text in
 * that language). Each table is defined once, with every column's meaning in
 * each language: the files and the page that documents them are both built
 * from these definitions.
 */
import type { Locale } from '../lib/language-table.ts';
import { z } from 'astro/zod';
import { t } from '../i18n/ui.ts';
import type { TableTextKey } from '../i18n/data-tables.ts';
import { COLLECTION_NAMES, COLLECTIONS, plainReference } from '../schemas/index.ts';
import { eventDate, eventDateField, type AnyEntry, type EventEntry, type Site } from './site.ts';
import { entityName } from './entity-names.ts';
import { entityUrl, publicUrl } from './urls.ts';

type Cell = string | number | undefined;

export interface Column<Row> {
	/** The header, the same in every language so scripts can rely on it. */
	name: string;
	/** What the column holds: its text in `src/i18n/data-tables.ts`. */
	about: TableTextKey;
	value: (row: Row, locale: Locale) => Cell;
}

export interface Table<Row> {
	/** The file name, without `.csv`. */
	file: string;
	/** What a row is: its text in `src/i18n/data-tables.ts`. */
	about: TableTextKey;
	rows: (site: Site, locale: Locale) => Row[];
	columns: Column<Row>[];
}

interface Context {
	site: Site;
	origin: URL | undefined;
}

const yes = (flag: boolean) => (flag ? 'yes' : 'no');
const nameOf = (site: Site, id: string | undefined, locale: Locale) => {
	const entry = id === undefined ? undefined : site.byId.get(id);
	return entry ? entityName(entry, locale) : undefined;
};

/** The tables; `origin` makes URLs absolute when the site's address is configured. */
export function tables({ site, origin }: Context) {
	const url = (locale: Locale, entry: AnyEntry) => publicUrl(entityUrl(locale, entry), origin);
	const id: Column<AnyEntry> = {
		name: 'id',
		about: 'any.id',
		value: (e) => e.id,
	};
	const link: Column<AnyEntry> = {
		name: 'url',
		about: 'any.url',
		value: (e, l) => url(l, e),
	};
	const name: Column<AnyEntry> = {
		name: 'name',
		about: 'any.name',
		value: (e, l) => entityName(e, l),
	};
	const summary: Column<AnyEntry> = {
		name: 'summary',
		about: 'any.summary',
		value: (e, l) => ('summary' in e.data ? e.data.summary[l] : undefined),
	};
	const events = () => [...site.summits, ...site.meetings] as EventEntry[];
	/** The table of one collection, a row per entry: its id and name first, then `columns`, its summary and page last. */
	const entryTable = <C extends 'people' | 'meetings'>(
		collection: C,
		about: TableTextKey,
		columns: Column<Site[C][number]>[],
	): Table<Site[C][number]> => ({
		file: collection,
		about,
		rows: () => site[collection],
		columns: [id, name, ...columns, summary, link],
	});
	/** A column holding the name of the entry a row refers to (`idOf` gives its id), in the file's language. */
	const nameColumn = <Row>(name: string, about: TableTextKey, idOf: (row: Row) => string | undefined): Column<Row> => ({
		name,
		about,
		value: (row, l) => nameOf(site, idOf(row), l),
	});

	const people = entryTable('people', 'people', [
		{
			name: 'short_name',
			about: 'people.short_name',
			value: (p, l) => p.data.shortName[l],
		},
		{
			name: 'office',
			about: 'people.office',
			value: (p, l) => p.data.office[l],
		},
		{
			name: 'country_id',
			about: 'people.country_id',
			value: (p) => p.data.country?.id,
		},
		nameColumn('country', 'people.country', (p) => p.data.country?.id),
		nameColumn('organisation', 'people.organisation', (p) => p.data.organisation?.id),
	]);

	const eventRows: Table<EventEntry> = {
		file: 'events',
		about: 'events',
		rows: events,
		columns: [
			id,
			{
				name: 'kind',
				about: 'events.kind',
				value: (e) => (e.collection === 'summits' ? 'summit' : 'meeting'),
			},
			name,
			{
				name: 'start_date',
				about: 'events.start_date',
				value: (e) => eventDate(e),
			},
			{
				name: 'end_date',
				about: 'events.end_date',
				value: (e) => (e.collection === 'summits' ? e.data.endDate : e.data.date),
			},
			{
				name: 'date_inferred',
				about: 'events.date_inferred',
				value: (e) => yes(Boolean(e.data.inferred?.[eventDateField(e)])),
			},
			nameColumn('city', 'events.city', (e) => e.data.city?.id),
			nameColumn('country', 'events.country', (e) => (e.collection === 'summits' ? e.data.country.id : undefined)),
			summary as Column<EventEntry>,
			link as Column<EventEntry>,
		],
	};

	interface Attendance {
		event: EventEntry;
		person: string;
		role: string;
		other?: string | undefined;
		inferred: boolean;
	}
	const attendance: Table<Attendance> = {
		file: 'attendance',
		about: 'attendance',
		rows: () =>
			events().flatMap((event): Attendance[] =>
				event.collection === 'summits'
					? event.data.participants.flatMap((p): Attendance[] => [
							{
								event,
								person: p.person.id,
								role: p.role,
								other: p.role === 'represented' ? p.representedBy.id : undefined,
								inferred: Boolean(p.inferred),
							},
							...(p.role === 'represented'
								? [
										{
											event,
											person: p.representedBy.id,
											role: 'representative',
											other: p.person.id,
											inferred: Boolean(p.inferred),
										},
									]
								: []),
						])
					: event.data.sides.map((side, i) => ({
							event,
							person: side.id,
							role: 'side',
							other: event.data.sides[1 - i]!.id,
							inferred: false,
						})),
			),
		columns: [
			{ name: 'event_id', about: 'attendance.event_id', value: (a) => a.event.id },
			{ name: 'event', about: 'attendance.event', value: (a, l) => entityName(a.event, l) },
			{ name: 'person_id', about: 'attendance.person_id', value: (a) => a.person },
			nameColumn('person', 'attendance.person', (a) => a.person),
			{
				name: 'role',
				about: 'attendance.role',
				value: (a) => a.role,
			},
			{
				name: 'with_id',
				about: 'attendance.with_id',
				value: (a) => a.other,
			},
			nameColumn('with', 'attendance.with', (a) => a.other),
			{
				name: 'role_inferred',
				about: 'attendance.role_inferred',
				value: (a) => yes(a.inferred),
			},
		],
	};

	const meetings = entryTable('meetings', 'meetings', [
		{ name: 'date', about: 'meetings.date', value: (m) => m.data.date },
		{
			name: 'date_inferred',
			about: 'meetings.date_inferred',
			value: (m) => yes(Boolean(m.data.inferred?.['date'])),
		},
		{
			name: 'format',
			about: 'meetings.format',
			value: (m) => m.data.format,
		},
		nameColumn('side_1', 'meetings.side_1', (m) => m.data.sides[0].id),
		nameColumn('side_2', 'meetings.side_2', (m) => m.data.sides[1].id),
		nameColumn('city', 'meetings.city', (m) => m.data.city?.id),
		nameColumn('held_alongside', 'meetings.held_alongside', (m) => m.data.summit?.id),
		{
			name: 'topics',
			about: 'meetings.topics',
			value: (m, l) => m.data.topics.map((topic) => nameOf(site, topic.id, l)).join('; '),
		},
	]);

	interface Citation {
		entry: AnyEntry;
		where: string;
		text: string;
		source: string;
		paragraph: number;
	}
	const citations: Table<Citation> = {
		file: 'citations',
		about: 'citations',
		rows: (_, locale) =>
			[...site.statementsCiting].flatMap(([key, statements]) => {
				const [source, p] = key.split('#');
				return statements
					.filter((s) => s.locale === locale)
					.map((s) => ({
						entry: site.byId.get(s.entry)!,
						where: s.where,
						text: s.text,
						source: source!,
						paragraph: Number(p),
					}));
			}),
		columns: [
			{
				name: 'entry_id',
				about: 'citations.entry_id',
				value: (c) => c.entry.id,
			},
			{
				name: 'entry',
				about: 'citations.entry',
				value: (c, l) => entityName(c.entry, l),
			},
			{
				name: 'where',
				about: 'citations.where',
				value: (c, l) =>
					c.where === 'bottom-line'
						? t(l, 'bottomLine')
						: c.where === 'why-it-matters'
							? t(l, 'whyItMatters')
							: c.where,
			},
			{
				name: 'statement',
				about: 'citations.statement',
				value: (c) => c.text,
			},
			{
				name: 'source_id',
				about: 'citations.source_id',
				value: (c) => c.source,
			},
			{
				name: 'paragraph',
				about: 'citations.paragraph',
				value: (c) => c.paragraph,
			},
		],
	};

	return [prepared(people), prepared(eventRows), prepared(attendance), prepared(meetings), prepared(citations)];
}

/** A table ready to write out, whatever its rows are: its columns and its cells, row by row. */
export interface DataTable {
	file: string;
	about: TableTextKey;
	columns: Omit<Column<unknown>, 'value'>[];
	cells: (site: Site, locale: Locale) => Cell[][];
}

function prepared<Row>(table: Table<Row>): DataTable {
	return {
		file: table.file,
		about: table.about,
		columns: table.columns.map(({ name, about }) => ({ name, about })),
		cells: (site, locale) =>
			table.rows(site, locale).map((row) => table.columns.map((column) => column.value(row, locale))),
	};
}

/**
 * The collection's structured data as authors write it: every entry of every
 * collection with its id, references as ids. It validates against
 * `collectionSchema()`, generated from the same zod schemas the checker uses.
 */
export function collectionDocument(site: Site): Record<string, unknown[]> {
	const plain = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(plain);
		if (value === null || typeof value !== 'object') return value;
		const object = value as Record<string, unknown>;
		if (
			typeof object['collection'] === 'string' &&
			typeof object['id'] === 'string' &&
			Object.keys(object).length === 2
		) {
			return object['id'];
		}
		return Object.fromEntries(
			Object.entries(object)
				// What the loader adds is not authored data: the body's parse and the file's history.
				.filter(([key]) => key !== 'parsed' && key !== 'changed')
				.map(([key, child]) => [key, plain(child)]),
		);
	};
	return Object.fromEntries(
		COLLECTION_NAMES.map((name) => [
			name,
			(site[name] as AnyEntry[]).map((e) => ({ id: e.id, ...(plain(e.data) as object) })),
		]),
	);
}

/** The JSON Schema of `collectionDocument`: the zod schemas of every collection, each entry with its id. */
export function collectionSchema(): object {
	const entries = Object.fromEntries(
		COLLECTION_NAMES.map((name) => [
			name,
			z.array(COLLECTIONS[name].schema(plainReference).safeExtend({ id: z.string() })),
		]),
	);
	return z.toJSONSchema(z.strictObject(entries), { io: 'input', unrepresentable: 'any' });
}

/**
 * A download's response. How long its body took to make is printed when
 * BRIEFINGS_TIMINGS is set: the benchmark sums it (`scripts/lib/astro-build.ts`),
 * since pages render several at a time and Astro's own per-page times overlap.
 */
export function downloadResponse(contentType: string, make: () => string): Response {
	const started = performance.now();
	const body = make();
	if (process.env['BRIEFINGS_TIMINGS']) console.log(`[downloads] ${(performance.now() - started).toFixed(1)} ms`);
	return new Response(body, { headers: { 'content-type': contentType } });
}
