/**
 * What each data download holds, in each language: a table's rows (`people`)
 * and each of its columns (`people.office`; `any.…` for the columns every table
 * of entries shares). The data page documents the files with it; the files'
 * headers stay the same in every language, so scripts can rely on them.
 */
import type { Locale } from '../lib/locales.ts';

const en = {
	'any.id': 'The entry’s id: the key that names it in its URL and in every other file.',
	'any.url': 'The page on the site.',
	'any.name': 'Full name.',
	'any.summary': 'One sentence on the entry.',
	people: 'One row per person.',
	'people.short_name': 'Name as running text uses it.',
	'people.office': 'Office, in the sources’ words.',
	'people.country_id': 'The country whose office they hold (id), if any.',
	'people.country': 'The country whose office they hold, if any.',
	'people.organisation': 'The international organisation whose office they hold, if any.',
	events: 'One row per summit or bilateral meeting.',
	'events.kind': 'summit or meeting.',
	'events.start_date': 'First (or only) day, YYYY-MM-DD.',
	'events.end_date': 'Last day, where the sources give it.',
	'events.date_inferred':
		'yes when the date (or its year) is the author’s inference, not stated by a source; no otherwise.',
	'events.city': 'City, if known.',
	'events.country': 'Host country, for summits.',
	attendance: 'One row per person per event: who took part, and in what role.',
	'attendance.event_id': 'The event (id).',
	'attendance.event': 'The event.',
	'attendance.person_id': 'The person (id).',
	'attendance.person': 'The person.',
	'attendance.role':
		'host, attendee, represented (someone attended for them), representative (attended for someone), or side (of a bilateral meeting).',
	'attendance.with_id': 'Who represented them, whom they represented, or the other side (id).',
	'attendance.with': 'The same person, by name.',
	'attendance.role_inferred': 'yes when the role is the author’s inference, not stated by a source; no otherwise.',
	meetings: 'One row per bilateral meeting.',
	'meetings.date': 'The day, YYYY-MM-DD.',
	'meetings.date_inferred':
		'yes when the date (or its year) is the author’s inference, not stated by a source; no otherwise.',
	'meetings.format': 'in-person or virtual.',
	'meetings.side_1': 'One side.',
	'meetings.side_2': 'The other side.',
	'meetings.city': 'City, if known.',
	'meetings.held_alongside': 'The summit it was held alongside, if any.',
	'meetings.topics': 'Topics discussed, separated by semicolons.',
	citations: 'One row per statement and source paragraph it cites: what the site says, and on what authority.',
	'citations.entry_id': 'The page that makes the statement (id).',
	'citations.entry': 'The page, by name.',
	'citations.where': 'Where on the page: a section’s heading, or the label of a key fact (such as Date).',
	'citations.statement': 'The statement, as the page says it.',
	'citations.source_id': 'The source cited (id).',
	'citations.paragraph': 'The number of the source paragraph cited.',
} as const;

/** A table or column of the data downloads. */
export type TableTextKey = keyof typeof en;

const ar: Record<TableTextKey, string> = {
	'any.id': 'معرّف السجل، وبه يُحال إليه في رابطه وفي سائر الملفات.',
	'any.url': 'رابط صفحة السجل في الموقع.',
	'any.name': 'الاسم الكامل.',
	'any.summary': 'جملة واحدة عن السجل.',
	people: 'صف لكل شخصية.',
	'people.short_name': 'الاسم كما يرد في متن النص.',
	'people.office': 'المنصب، بعبارة المصادر.',
	'people.country_id': 'معرّف الدولة التي يتبع لها منصبه، إن وُجدت.',
	'people.country': 'الدولة التي يتبع لها منصبه، إن وُجدت.',
	'people.organisation': 'المنظمة الدولية التي يتبع لها منصبه، إن وُجدت.',
	events: 'صف لكل قمة أو اجتماع ثنائي.',
	'events.kind': 'summit (قمة) أو meeting (اجتماع ثنائي).',
	'events.start_date': 'اليوم الأول (أو الوحيد)، بصيغة YYYY-MM-DD.',
	'events.end_date': 'اليوم الأخير، إن ذكرته المصادر.',
	'events.date_inferred': 'yes إذا كان التاريخ (أو سنته) من استنتاج المؤلف ولم يرد في أي مصدر، وno في غير ذلك.',
	'events.city': 'المدينة، إن عُرفت.',
	'events.country': 'الدولة المضيفة (في حالة القمم).',
	attendance: 'صف لكل شخصية في كل حدث: من شارك وبأي صفة.',
	'attendance.event_id': 'معرّف الحدث.',
	'attendance.event': 'الحدث.',
	'attendance.person_id': 'معرّف الشخصية.',
	'attendance.person': 'الشخصية.',
	'attendance.role':
		'host (مضيف) أو attendee (حاضر) أو represented (حضر غيرُه نيابةً عنه) أو representative (ممثِّل حضر نيابةً عن غيره) أو side (طرف في اجتماع ثنائي).',
	'attendance.with_id': 'معرّف ممثِّله، أو الشخصية التي مثّلها، أو الطرف الآخر في الاجتماع الثنائي.',
	'attendance.with': 'اسم الشخصية نفسها.',
	'attendance.role_inferred': 'yes إذا كانت الصفة من استنتاج المؤلف ولم ترد في أي مصدر، وno في غير ذلك.',
	meetings: 'صف لكل اجتماع ثنائي.',
	'meetings.date': 'تاريخ الاجتماع، بصيغة YYYY-MM-DD.',
	'meetings.date_inferred': 'yes إذا كان التاريخ (أو سنته) من استنتاج المؤلف ولم يرد في أي مصدر، وno في غير ذلك.',
	'meetings.format': 'in-person (حضوري) أو virtual (افتراضي).',
	'meetings.side_1': 'أحد الطرفين.',
	'meetings.side_2': 'الطرف الآخر.',
	'meetings.city': 'المدينة، إن عُرفت.',
	'meetings.held_alongside': 'القمة التي عُقد الاجتماع على هامشها، إن وُجدت.',
	'meetings.topics': 'الموضوعات التي نوقشت، تفصل بينها فاصلة منقوطة لاتينية (;).',
	citations: 'صف لكل عبارة مقرونةً بكل فقرة مصدر تستشهد بها: ما يقوله الموقع، وما سنده في ذلك.',
	'citations.entry_id': 'معرّف الصفحة التي ترد فيها العبارة.',
	'citations.entry': 'اسم الصفحة.',
	'citations.where': 'موضع العبارة في الصفحة: عنوان القسم، أو تسمية المعلومة (مثل «التاريخ»).',
	'citations.statement': 'العبارة كما ترد في الصفحة.',
	'citations.source_id': 'معرّف المصدر المستشهد به.',
	'citations.paragraph': 'رقم الفقرة المستشهد بها في المصدر.',
};

const TEXT: Record<Locale, Record<TableTextKey, string>> = { en, ar };

/** What a table's rows or a column hold, in a language. */
export function tableText(locale: Locale, key: TableTextKey): string {
	return TEXT[locale][key];
}
