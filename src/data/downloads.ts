/**
 * The collection as tables to take away: people, events, attendance,
 * meetings and citations, one CSV file each per language (names and text in
 * that language). Each table is defined once, with every column's meaning in
 * both languages: the files and the page that documents them are both built
 * from these definitions.
 */
import type { Locale } from '../lib/locales.ts';
import { z } from 'astro/zod';
import { t } from '../i18n/ui.ts';
import { COLLECTION_NAMES, COLLECTIONS, plainReference, type LocalizedText } from '../schemas/index.ts';
import {
	entityName,
	entityUrl,
	eventDate,
	eventDateField,
	publicUrl,
	type AnyEntry,
	type EventEntry,
	type Site,
} from './site.ts';

type Cell = string | number | undefined;

export interface Column<Row> {
	/** The header, the same in every language so scripts can rely on it. */
	name: string;
	/** What the column holds. */
	about: LocalizedText;
	value: (row: Row, locale: Locale) => Cell;
}

export interface Table<Row> {
	/** The file name, without `.csv`. */
	file: string;
	/** What a row is. */
	about: LocalizedText;
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
		about: {
			en: 'The entry’s id: its address on the site and in every other file.',
			ar: 'معرّف السجل: عنوانه في الموقع وفي كل الملفات الأخرى.',
		},
		value: (e) => e.id,
	};
	const link: Column<AnyEntry> = {
		name: 'url',
		about: { en: 'The page on the site.', ar: 'الصفحة في الموقع.' },
		value: (e, l) => url(l, e),
	};
	const name: Column<AnyEntry> = {
		name: 'name',
		about: { en: 'Full name.', ar: 'الاسم الكامل.' },
		value: (e, l) => entityName(e, l),
	};
	const summary: Column<AnyEntry> = {
		name: 'summary',
		about: { en: 'One sentence on the entry.', ar: 'جملة واحدة عن السجل.' },
		value: (e, l) => ('summary' in e.data ? e.data.summary[l] : undefined),
	};
	const events = () => [...site.summits, ...site.meetings] as EventEntry[];
	/** The table of one collection, a row per entry: its id and name first, then `columns`, its summary and page last. */
	const entryTable = <C extends 'people' | 'meetings'>(
		collection: C,
		about: LocalizedText,
		columns: Column<Site[C][number]>[],
	): Table<Site[C][number]> => ({
		file: collection,
		about,
		rows: () => site[collection],
		columns: [id, name, ...columns, summary, link],
	});
	/** A column holding the name of the entry a row refers to (`idOf` gives its id), in the file's language. */
	const nameColumn = <Row>(
		name: string,
		about: LocalizedText,
		idOf: (row: Row) => string | undefined,
	): Column<Row> => ({
		name,
		about,
		value: (row, l) => nameOf(site, idOf(row), l),
	});

	const people = entryTable('people', { en: 'One row per person.', ar: 'صف لكل شخصية.' }, [
		{
			name: 'short_name',
			about: { en: 'Name as running text uses it.', ar: 'الاسم كما يرد في النص.' },
			value: (p, l) => p.data.shortName[l],
		},
		{
			name: 'office',
			about: { en: 'Office, in the sources’ words.', ar: 'المنصب، بعبارة المصادر.' },
			value: (p, l) => p.data.office[l],
		},
		{
			name: 'country_id',
			about: { en: 'Country served (id), if any.', ar: 'الدولة التي يخدمها (المعرّف)، إن وُجدت.' },
			value: (p) => p.data.country?.id,
		},
		nameColumn(
			'country',
			{ en: 'Country served, if any.', ar: 'الدولة التي يخدمها، إن وُجدت.' },
			(p) => p.data.country?.id,
		),
		nameColumn(
			'organisation',
			{ en: 'International body served, if any.', ar: 'الهيئة الدولية التي يخدمها، إن وُجدت.' },
			(p) => p.data.organisation?.id,
		),
	]);

	const eventRows: Table<EventEntry> = {
		file: 'events',
		about: { en: 'One row per summit or bilateral meeting.', ar: 'صف لكل قمة أو اجتماع ثنائي.' },
		rows: events,
		columns: [
			id,
			{
				name: 'kind',
				about: { en: 'summit or meeting.', ar: 'summit (قمة) أو meeting (اجتماع ثنائي).' },
				value: (e) => (e.collection === 'summits' ? 'summit' : 'meeting'),
			},
			name,
			{
				name: 'start_date',
				about: { en: 'First (or only) day, YYYY-MM-DD.', ar: 'اليوم الأول (أو الوحيد)، YYYY-MM-DD.' },
				value: (e) => eventDate(e),
			},
			{
				name: 'end_date',
				about: { en: 'Last day, where the sources give it.', ar: 'اليوم الأخير، إن ذكرته المصادر.' },
				value: (e) => (e.collection === 'summits' ? e.data.endDate : e.data.date),
			},
			{
				name: 'date_inferred',
				about: {
					en: 'yes when the date (or its year) is the author’s inference, not stated by a source.',
					ar: 'yes حين يكون التاريخ (أو سنته) استنتاجًا من المؤلف لا تذكره المصادر.',
				},
				value: (e) => yes(Boolean(e.data.inferred?.[eventDateField(e)])),
			},
			nameColumn('city', { en: 'City, if known.', ar: 'المدينة، إن عُرفت.' }, (e) => e.data.city?.id),
			nameColumn('country', { en: 'Host country, for summits.', ar: 'الدولة المضيفة، للقمم.' }, (e) =>
				e.collection === 'summits' ? e.data.country.id : undefined,
			),
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
		about: {
			en: 'One row per person per event: who took part, and in what role.',
			ar: 'صف لكل شخصية في كل حدث: من شارك وبأي صفة.',
		},
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
			{ name: 'event_id', about: { en: 'The event (id).', ar: 'الحدث (المعرّف).' }, value: (a) => a.event.id },
			{ name: 'event', about: { en: 'The event.', ar: 'الحدث.' }, value: (a, l) => entityName(a.event, l) },
			{ name: 'person_id', about: { en: 'The person (id).', ar: 'الشخصية (المعرّف).' }, value: (a) => a.person },
			nameColumn('person', { en: 'The person.', ar: 'الشخصية.' }, (a) => a.person),
			{
				name: 'role',
				about: {
					en: 'host, attendee, represented (someone attended for them), representative, or side (of a bilateral meeting).',
					ar: 'host (مضيف) أو attendee (حضر) أو represented (مثّله غيره) أو representative (ممثِّل) أو side (طرف في اجتماع ثنائي).',
				},
				value: (a) => a.role,
			},
			{
				name: 'with_id',
				about: {
					en: 'Who represented them, whom they represented, or the other side (id).',
					ar: 'ممثِّله، أو الشخصية التي مثّلها، أو الطرف الآخر في الاجتماع (المعرّف).',
				},
				value: (a) => a.other,
			},
			nameColumn('with', { en: 'The same person, by name.', ar: 'الشخصية نفسها، بالاسم.' }, (a) => a.other),
			{
				name: 'role_inferred',
				about: { en: 'yes when the role is the author’s inference.', ar: 'yes حين تكون الصفة استنتاجًا من المؤلف.' },
				value: (a) => yes(a.inferred),
			},
		],
	};

	const meetings = entryTable('meetings', { en: 'One row per bilateral meeting.', ar: 'صف لكل اجتماع ثنائي.' }, [
		{ name: 'date', about: { en: 'The day, YYYY-MM-DD.', ar: 'اليوم، YYYY-MM-DD.' }, value: (m) => m.data.date },
		{
			name: 'date_inferred',
			about: {
				en: 'yes when the date (or its year) is the author’s inference.',
				ar: 'yes حين يكون التاريخ (أو سنته) استنتاجًا.',
			},
			value: (m) => yes(Boolean(m.data.inferred?.['date'])),
		},
		{
			name: 'format',
			about: { en: 'in-person or virtual.', ar: 'in-person (حضوري) أو virtual (افتراضي).' },
			value: (m) => m.data.format,
		},
		nameColumn('side_1', { en: 'One side.', ar: 'الطرف الأول.' }, (m) => m.data.sides[0].id),
		nameColumn('side_2', { en: 'The other side.', ar: 'الطرف الآخر.' }, (m) => m.data.sides[1].id),
		nameColumn('city', { en: 'City, if known.', ar: 'المدينة، إن عُرفت.' }, (m) => m.data.city?.id),
		nameColumn(
			'held_alongside',
			{ en: 'The summit it was held alongside, if any.', ar: 'القمة التي عُقد على هامشها، إن وُجدت.' },
			(m) => m.data.summit?.id,
		),
		{
			name: 'topics',
			about: {
				en: 'Topics discussed, separated by semicolons.',
				ar: 'الموضوعات التي نوقشت، تفصل بينها فواصل منقوطة.',
			},
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
		about: {
			en: 'One row per statement and source paragraph it cites: what the site says, and on what authority.',
			ar: 'صف لكل عبارة ولكل فقرة مصدر تستشهد بها: ما يقوله الموقع، وعلى أي أساس.',
		},
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
				about: { en: 'The page that makes the statement (id).', ar: 'الصفحة التي ترد فيها العبارة (المعرّف).' },
				value: (c) => c.entry.id,
			},
			{
				name: 'entry',
				about: { en: 'The page, by name.', ar: 'الصفحة، بالاسم.' },
				value: (c, l) => entityName(c.entry, l),
			},
			{
				name: 'where',
				about: { en: 'Where on the page: a section, or the fact.', ar: 'موضعها في الصفحة: قسم، أو المعلومة.' },
				value: (c, l) =>
					c.where === 'bottom-line'
						? t(l, 'bottomLine')
						: c.where === 'why-it-matters'
							? t(l, 'whyItMatters')
							: c.where,
			},
			{
				name: 'statement',
				about: { en: 'The statement, as the page says it.', ar: 'العبارة كما ترد في الصفحة.' },
				value: (c) => c.text,
			},
			{
				name: 'source_id',
				about: { en: 'The source cited (id).', ar: 'المصدر المستشهد به (المعرّف).' },
				value: (c) => c.source,
			},
			{
				name: 'paragraph',
				about: { en: 'The paragraph of the source cited.', ar: 'فقرة المصدر المستشهد بها.' },
				value: (c) => c.paragraph,
			},
		],
	};

	return [prepared(people), prepared(eventRows), prepared(attendance), prepared(meetings), prepared(citations)];
}

/** A table ready to write out, whatever its rows are: its columns and its cells, row by row. */
export interface DataTable {
	file: string;
	about: LocalizedText;
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
