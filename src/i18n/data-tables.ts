/**
 * What each data download holds, in each language: a table's rows (`people`)
 * and each of its columns (`people.office`; `any.…` for the columns every table
 * of entries shares). The data page documents the files with it; the files'
 * headers stay the same in every language, so scripts can rely on them.
 */
import type { Locale } from '../lib/locales.ts';

const en = {
	'any.id': 'The entry’s id: its address on the site and in every other file.',
	'any.url': 'The page on the site.',
	'any.name': 'Full name.',
	'any.summary': 'One sentence on the entry.',
	people: 'One row per person.',
	'people.short_name': 'Name as running text uses it.',
	'people.office': 'Office, in the sources’ words.',
	'people.country_id': 'Country served (id), if any.',
	'people.country': 'Country served, if any.',
	'people.organisation': 'International body served, if any.',
	events: 'One row per summit or bilateral meeting.',
	'events.kind': 'summit or meeting.',
	'events.start_date': 'First (or only) day, YYYY-MM-DD.',
	'events.end_date': 'Last day, where the sources give it.',
	'events.date_inferred': 'yes when the date (or its year) is the author’s inference, not stated by a source.',
	'events.city': 'City, if known.',
	'events.country': 'Host country, for summits.',
	attendance: 'One row per person per event: who took part, and in what role.',
	'attendance.event_id': 'The event (id).',
	'attendance.event': 'The event.',
	'attendance.person_id': 'The person (id).',
	'attendance.person': 'The person.',
	'attendance.role':
		'host, attendee, represented (someone attended for them), representative, or side (of a bilateral meeting).',
	'attendance.with_id': 'Who represented them, whom they represented, or the other side (id).',
	'attendance.with': 'The same person, by name.',
	'attendance.role_inferred': 'yes when the role is the author’s inference.',
	meetings: 'One row per bilateral meeting.',
	'meetings.date': 'The day, YYYY-MM-DD.',
	'meetings.date_inferred': 'yes when the date (or its year) is the author’s inference.',
	'meetings.format': 'in-person or virtual.',
	'meetings.side_1': 'One side.',
	'meetings.side_2': 'The other side.',
	'meetings.city': 'City, if known.',
	'meetings.held_alongside': 'The summit it was held alongside, if any.',
	'meetings.topics': 'Topics discussed, separated by semicolons.',
	citations: 'One row per statement and source paragraph it cites: what the site says, and on what authority.',
	'citations.entry_id': 'The page that makes the statement (id).',
	'citations.entry': 'The page, by name.',
	'citations.where': 'Where on the page: a section, or the fact.',
	'citations.statement': 'The statement, as the page says it.',
	'citations.source_id': 'The source cited (id).',
	'citations.paragraph': 'The paragraph of the source cited.',
} as const;

/** A table or column of the data downloads. */
export type TableTextKey = keyof typeof en;

const ar: Record<TableTextKey, string> = {
	'any.id': 'معرّف السجل: عنوانه في الموقع وفي كل الملفات الأخرى.',
	'any.url': 'الصفحة في الموقع.',
	'any.name': 'الاسم الكامل.',
	'any.summary': 'جملة واحدة عن السجل.',
	people: 'صف لكل شخصية.',
	'people.short_name': 'الاسم كما يرد في النص.',
	'people.office': 'المنصب، بعبارة المصادر.',
	'people.country_id': 'الدولة التي يخدمها (المعرّف)، إن وُجدت.',
	'people.country': 'الدولة التي يخدمها، إن وُجدت.',
	'people.organisation': 'الهيئة الدولية التي يخدمها، إن وُجدت.',
	events: 'صف لكل قمة أو اجتماع ثنائي.',
	'events.kind': 'summit (قمة) أو meeting (اجتماع ثنائي).',
	'events.start_date': 'اليوم الأول (أو الوحيد)، YYYY-MM-DD.',
	'events.end_date': 'اليوم الأخير، إن ذكرته المصادر.',
	'events.date_inferred': 'yes حين يكون التاريخ (أو سنته) استنتاجًا من المؤلف لا تذكره المصادر.',
	'events.city': 'المدينة، إن عُرفت.',
	'events.country': 'الدولة المضيفة، للقمم.',
	attendance: 'صف لكل شخصية في كل حدث: من شارك وبأي صفة.',
	'attendance.event_id': 'الحدث (المعرّف).',
	'attendance.event': 'الحدث.',
	'attendance.person_id': 'الشخصية (المعرّف).',
	'attendance.person': 'الشخصية.',
	'attendance.role':
		'host (مضيف) أو attendee (حضر) أو represented (مثّله غيره) أو representative (ممثِّل) أو side (طرف في اجتماع ثنائي).',
	'attendance.with_id': 'ممثِّله، أو الشخصية التي مثّلها، أو الطرف الآخر في الاجتماع (المعرّف).',
	'attendance.with': 'الشخصية نفسها، بالاسم.',
	'attendance.role_inferred': 'yes حين تكون الصفة استنتاجًا من المؤلف.',
	meetings: 'صف لكل اجتماع ثنائي.',
	'meetings.date': 'اليوم، YYYY-MM-DD.',
	'meetings.date_inferred': 'yes حين يكون التاريخ (أو سنته) استنتاجًا.',
	'meetings.format': 'in-person (حضوري) أو virtual (افتراضي).',
	'meetings.side_1': 'الطرف الأول.',
	'meetings.side_2': 'الطرف الآخر.',
	'meetings.city': 'المدينة، إن عُرفت.',
	'meetings.held_alongside': 'القمة التي عُقد على هامشها، إن وُجدت.',
	'meetings.topics': 'الموضوعات التي نوقشت، تفصل بينها فواصل منقوطة.',
	citations: 'صف لكل عبارة ولكل فقرة مصدر تستشهد بها: ما يقوله الموقع، وعلى أي أساس.',
	'citations.entry_id': 'الصفحة التي ترد فيها العبارة (المعرّف).',
	'citations.entry': 'الصفحة، بالاسم.',
	'citations.where': 'موضعها في الصفحة: قسم، أو المعلومة.',
	'citations.statement': 'العبارة كما ترد في الصفحة.',
	'citations.source_id': 'المصدر المستشهد به (المعرّف).',
	'citations.paragraph': 'فقرة المصدر المستشهد بها.',
};

const TEXT: Record<Locale, Record<TableTextKey, string>> = { en, ar };

/** What a table's rows or a column hold, in a language. */
export function tableText(locale: Locale, key: TableTextKey): string {
	return TEXT[locale][key];
}
