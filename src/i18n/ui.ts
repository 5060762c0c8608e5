/**
 * Interface text in each language. Content text lives with the content; this
 * is only the site's own chrome and labels.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { formatNumber } from '../lib/format.ts';
import { INTL_LOCALE, type Locale } from '../lib/locales.ts';

const en = {
	siteTitle: 'Kazakhstan Diplomacy Briefings',
	siteTagline: 'Leaders, summits and meetings, every fact cited to the paragraph of its source.',
	skipToContent: 'Skip to content',
	mainNav: 'Main',
	searchLabel: 'Search the briefings',
	searchButton: 'Search',
	searchPlaceholder: 'Search (press /)',
	allResults: 'All results',
	results: '{n, plural, =0 {No results.} one {# result} other {# results}}',
	otherEdition: '{n, plural, one {# result in the Arabic edition} other {# results in the Arabic edition}}',
	didYouMean: 'Did you mean:',
	searchTitle: 'Search',
	searchIntro:
		'Search every briefing in Latin, Arabic or Cyrillic script, under any spelling of a name. The address of this page keeps your search, so you can bookmark or share it.',
	searchNeedsScript:
		'Search runs in your browser and needs JavaScript. Every page is also reachable from the lists in the navigation.',
	filterKind: 'Kind',
	filterCountry: 'Country',
	filterYear: 'Year',
	filterTopic: 'Topic',
	filterAll: 'All',
	sortLabel: 'Order',
	sortRelevance: 'Most relevant',
	sortNewest: 'Newest first',
	sortOldest: 'Oldest first',
	moreResults: 'More results',
	'kind.people': 'Person',
	'kind.summits': 'Summit',
	'kind.meetings': 'Bilateral meeting',
	'kind.countries': 'Country',
	'kind.organisations': 'Organisation',
	'kind.topics': 'Topic',
	'kind.sources': 'Source',
	'list.people': 'People',
	'list.summits': 'Summits',
	'list.meetings': 'Bilateral meetings',
	'list.countries': 'Countries',
	'list.organisations': 'Organisations',
	'list.topics': 'Topics',
	'list.sources': 'Sources',
	'kind.cities': 'City',
	'list.cities': 'Cities',
	'legend.title': 'How each statement is known:',
	'legend.stated': 'stated in a source, at that paragraph;',
	'legend.inferred': 'the author’s conclusion from the sources;',
	'legend.background': 'from outside the sources.',
	'legend.hint': 'Hover over or focus a mark to read its reason.',
	'mark.inferred': 'inferred',
	'mark.background': 'background',
	'mark.disputed': 'sources differ',
	'note.inferred': 'Inferred:',
	'note.background': 'Background:',
	'note.disputed': 'Sources differ:',
	sourcesDiffer: 'Sources differ',
	endDateUnknown: '(last day not given)',
	heldAlongside: 'Held alongside',
	factsSources: 'Sources of these facts',
	sourcesSingular: 'Source',
	sourcesPlural: 'Sources',
	'sourceKind.article': 'news article',
	'sourceKind.statement': 'official statement',
	'sourceKind.communique': 'communiqué',
	'sourceKind.transcript': 'transcript',
	'sourceKind.report': 'report',
	publisher: 'Publisher',
	originalLanguage: 'Original language',
	address: 'Found at',
	reviewPage: 'Source review',
	reviewIntro:
		'Every paragraph of this source beside every statement on the site that cites it, to check the site against the source in one read.',
	backToSource: 'Back to the source',
	reviewSummary:
		'{paragraphs, plural, one {# paragraph} other {# paragraphs}}; {uncited, plural, =0 {every one cited by a page} other {# cited by no page}}.',
	uncitedParagraph: 'Cited by no page',
	statementsCiting: 'Statements citing this paragraph: {n}',
	reviewPageColumn: 'Page',
	reviewLanguage: 'Language',
	reviewWhere: 'Where',
	reviewStatement: 'Statement',
	citingPages: 'Pages citing this source',
	whatsNew: 'What’s new',
	whatsNewIntro: 'Briefings and sources in the order they last changed, newest first.',
	whatsNewShowing: '{shown, plural, one {The most recent change} other {The # most recent changes}}, of {total}.',
	feedLink: 'Follow these changes in a feed reader (Atom)',
	promptedBy: 'prompted by',
	lastChanged: 'Last changed',
	openQuestions: 'Open questions',
	openQuestionsIntro:
		'Every fact on which the sources disagree. Each briefing shows the values beside each other, each with the source that gives it.',
	openQuestionsNone: 'The sources agree on every fact in the collection.',
	home: 'Home',
	menu: 'Menu',
	sectionsNav: 'Sections',
	breadcrumbs: 'Breadcrumbs',
	onThisPage: 'On this page',
	prevNext: 'Previous and next',
	previous: 'Previous',
	next: 'Next',
	allInGroup: 'All {n}',
	theme: 'Theme',
	'theme.system': 'System theme',
	'theme.light': 'Light',
	'theme.dark': 'Dark',
	notFoundTitle: 'Page not found',
	notFoundText:
		'There is no page at this address. It may have moved, or the address may be mistyped. Search the briefings, or start from one of the indexes.',
	searchPageForm: 'Search the briefings, with filters',
	pageOf: 'Page {page} of {pages}',
	packPdf: 'Download the pack as PDF',
	packPdfAbout: 'A4, with a cover, contents with page numbers, running heads and page numbers on every page.',
	map: 'Map',
	mapIntro:
		'The countries of the collection, shaded by how many of its events involve them, and the cities where events took place. Every country and city links to its page; the same figures are listed in the tables with it.',
	mapBoundaries:
		'Boundaries: Natural Earth 1:50m (public domain), for orientation only; they imply no position on the status of any territory or the line of any border.',
	mapLegend: 'Events involving the country',
	mapNoEvents: 'In the collection, no events',
	mapOther: 'Not in the collection',
	mapCity: 'City where events took place',
	mapEvents: 'Events: {n}',
	mapMissing: 'Not drawn (not in the atlas): {list}.',
	mapLocator: '{name} on the map of the region',
	mapSee: 'Map of the region',
	data: 'Data downloads',
	dataIntro:
		'The collection as files to take away: tables as CSV (UTF-8, for any spreadsheet program), names and text in English; and all the structured data as one JSON document, with a JSON Schema that describes it.',
	dataJson: 'The whole collection (JSON)',
	dataJsonAbout: 'every entry of every collection, in both languages, as authors write it, with references as ids.',
	dataSchemaAbout: 'the JSON Schema that collection.json validates against, generated from the content model.',
	dataColumn: 'Column',
	dataMeaning: 'What it holds',
	dataLink: 'Download this data',
	keyFacts: 'Key facts',
	bottomLine: 'Bottom line',
	whyItMatters: 'Why it matters',
	whyItMattersNote: 'As the sources frame it; no outside assessment.',
	office: 'Office',
	country: 'Country',
	organisation: 'Organisation',
	date: 'Date',
	dates: 'Dates',
	place: 'Place',
	host: 'Host',
	organiser: 'Organised by',
	edition: 'Edition',
	format: 'Format',
	'format.in-person': 'In person',
	'format.virtual': 'Virtual',
	sides: 'Sides',
	participants: 'Participants',
	topics: 'Topics',
	outcomes: 'Outcomes',
	'outcome.agreed': 'Agreed jointly',
	'outcome.stated': 'Stated by',
	'role.host': 'Host',
	'role.attendee': 'Attended',
	'role.represented': 'Represented by',
	'role.representative': 'Represented',
	'roleGroup.host': 'Host',
	'roleGroup.attendee': 'Attended in person',
	'roleGroup.represented': 'Represented',
	spellings: 'Also written',
	asOf: 'Information as of',
	citeLabel: 'Source paragraph',
	summitsAttended: 'Summits',
	meetingsHeld: 'Bilateral meetings',
	peopleMet: 'People met',
	alsoAttended: 'Also present at the same summits',
	togetherAtSummits: 'Present at the same summit',
	togetherIntro: 'Being at the same summit is not a meeting: the sources report who attended, not who met whom.',
	mentionedIn: 'Mentioned in',
	references: 'References',
	pack: 'Briefing pack',
	packIntro:
		'Everything to read before this summit, in one printable document: the summit, the meetings held alongside it, and every participant.',
	contents: 'Contents',
	citedBy: 'Cited by',
	connections: 'Connections',
	marginMeetings: 'Meetings held alongside',
	people: 'People',
	events: 'Events',
	with: 'with',
	via: 'at',
	partOf: 'Part of',
	milestones: 'History',
	noneRecorded: 'None recorded in the sources.',
	paragraph: 'Paragraph',
	dateline: 'Dateline',
	published: 'Published',
	aboutCopy: 'About this copy',
	chooseLanguage: 'Choose a language',
	coverage: 'What this covers',
	keyEvents: 'Key events',
	browse: 'Browse',
	comma: ', ',
	timeline: 'Timeline',
	attendance: 'Attendance',
	relationships: 'Who met whom',
	coverageText:
		'Briefings on {people, plural, one {# leader or official} other {# leaders and officials}}, {summits, plural, one {# summit} other {# summits}} and {meetings, plural, one {# bilateral meeting} other {# bilateral meetings}}, drawn from {sources, plural, one {# source} other {# sources}}: each fact is cited to its paragraph, and whatever the sources do not say is marked as such.',
	timelineIntro: 'Every dated event in the collection, oldest first.',
	attendanceIntro: 'Who took part in which event, and in what role.',
	graphIntro:
		'Lines join people who met in a bilateral meeting. The same relations are listed below the diagram, and after them who was present at each summit.',
	person: 'Person',
	'role.met': 'Met',
	milestone: 'Milestone',
	years: 'Years',
	portableTitle: 'Portable edition',
	portableEdition:
		'This edition was built on {date} and holds {count, plural, one {# briefing} other {# briefings}}. It works opened from disk, with no server and no network: navigation, both languages, briefing packs and search.',
	graphShowing: 'Showing the {shown, plural, one {person} other {# people}} who met the most others, of {total}.',
} as const;

export type UiKey = keyof typeof en;

const ar: Record<UiKey, string> = {
	siteTitle: 'إحاطات الدبلوماسية الكازاخستانية',
	siteTagline: 'قادة وقمم واجتماعات، وكل معلومة موثّقة بفقرتها في مصدرها.',
	skipToContent: 'انتقل إلى المحتوى',
	mainNav: 'التنقل الرئيسي',
	searchLabel: 'ابحث في الإحاطات',
	searchButton: 'بحث',
	searchPlaceholder: 'ابحث (اضغط /)',
	allResults: 'كل النتائج',
	results: '{n, plural, =0 {لا نتائج.} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}}',
	otherEdition:
		'{n, plural, zero {لا نتائج في النسخة الإنجليزية} one {نتيجة واحدة في النسخة الإنجليزية} two {نتيجتان في النسخة الإنجليزية} few {# نتائج في النسخة الإنجليزية} many {# نتيجة في النسخة الإنجليزية} other {# نتيجة في النسخة الإنجليزية}}',
	didYouMean: 'هل تقصد:',
	searchTitle: 'البحث',
	searchIntro:
		'ابحث في كل الإحاطات بالحروف العربية أو اللاتينية أو الكيريلية، وبأي تهجئة للاسم. يتضمّن عنوان هذه الصفحة عبارة بحثك، فيمكنك إضافته إلى المفضلة أو مشاركته.',
	searchNeedsScript:
		'يعمل البحث في متصفحك ويحتاج إلى جافاسكربت. ويمكن الوصول إلى كل صفحة أيضًا من القوائم في شريط التنقل.',
	filterKind: 'النوع',
	filterCountry: 'الدولة',
	filterYear: 'السنة',
	filterTopic: 'الموضوع',
	filterAll: 'الكل',
	sortLabel: 'الترتيب',
	sortRelevance: 'الأكثر صلة',
	sortNewest: 'الأحدث أولًا',
	sortOldest: 'الأقدم أولًا',
	moreResults: 'مزيد من النتائج',
	'kind.people': 'شخصية',
	'kind.summits': 'قمة',
	'kind.meetings': 'اجتماع ثنائي',
	'kind.countries': 'دولة',
	'kind.organisations': 'منظمة',
	'kind.topics': 'موضوع',
	'kind.sources': 'مصدر',
	'list.people': 'الشخصيات',
	'list.summits': 'القمم',
	'list.meetings': 'الاجتماعات الثنائية',
	'list.countries': 'الدول',
	'list.organisations': 'المنظمات',
	'list.topics': 'الموضوعات',
	'list.sources': 'المصادر',
	'kind.cities': 'مدينة',
	'list.cities': 'المدن',
	'legend.title': 'كيف نعرف كل عبارة:',
	'legend.stated': 'وردت في مصدر، في تلك الفقرة؛',
	'legend.inferred': 'استنتاج المؤلف من المصادر؛',
	'legend.background': 'معلومة من خارج المصادر.',
	'legend.hint': 'مرّر المؤشر على العلامة أو انتقل إليها لقراءة سببها.',
	'mark.inferred': 'استنتاج',
	'mark.background': 'خلفية',
	'mark.disputed': 'المصادر تختلف',
	'note.inferred': 'استنتاج:',
	'note.background': 'خلفية:',
	'note.disputed': 'المصادر تختلف:',
	sourcesDiffer: 'المصادر تختلف',
	endDateUnknown: '(لم يُذكر اليوم الأخير)',
	heldAlongside: 'عُقد على هامش',
	factsSources: 'مصادر هذه المعلومات',
	sourcesSingular: 'المصدر',
	sourcesPlural: 'المصادر',
	'sourceKind.article': 'مقال إخباري',
	'sourceKind.statement': 'بيان رسمي',
	'sourceKind.communique': 'بيان ختامي',
	'sourceKind.transcript': 'نص حرفي',
	'sourceKind.report': 'تقرير',
	publisher: 'الناشر',
	originalLanguage: 'لغة الأصل',
	address: 'الرابط',
	reviewPage: 'مراجعة المصدر',
	reviewIntro:
		'كل فقرة من هذا المصدر إلى جانب كل عبارة في الموقع تستشهد بها، لمراجعة الموقع على المصدر في قراءة واحدة.',
	backToSource: 'العودة إلى المصدر',
	reviewSummary:
		'{paragraphs, plural, zero {لا فقرات} one {فقرة واحدة} two {فقرتان} few {# فقرات} many {# فقرة} other {# فقرة}}؛ {uncited, plural, =0 {تستشهد صفحة واحدة على الأقل بكل منها} one {واحدة منها لا تستشهد بها أي صفحة} two {اثنتان منها لا تستشهد بهما أي صفحة} other {# منها لا تستشهد بها أي صفحة}}.',
	uncitedParagraph: 'لا تستشهد بها أي صفحة',
	statementsCiting: 'العبارات التي تستشهد بهذه الفقرة: {n}',
	reviewPageColumn: 'الصفحة',
	reviewLanguage: 'اللغة',
	reviewWhere: 'الموضع',
	reviewStatement: 'العبارة',
	citingPages: 'الصفحات التي تستشهد بهذا المصدر',
	whatsNew: 'الجديد',
	whatsNewIntro: 'الإحاطات والمصادر بحسب آخر تغيير طرأ عليها، الأحدث أولًا.',
	whatsNewShowing:
		'{shown, plural, zero {لا تغييرات} one {أحدث تغيير} two {أحدث تغييرين} few {أحدث # تغييرات} many {أحدث # تغييرًا} other {أحدث # تغيير}}، من أصل {total}.',
	feedLink: 'تابع هذه التغييرات في قارئ خلاصات (Atom)',
	promptedBy: 'بناءً على',
	lastChanged: 'آخر تغيير',
	openQuestions: 'مسائل مفتوحة',
	openQuestionsIntro: 'كل معلومة تختلف فيها المصادر. تعرض كل إحاطة القيم جنبًا إلى جنب، ومع كل قيمة المصدر الذي يذكرها.',
	openQuestionsNone: 'تتفق المصادر على كل معلومة في المجموعة.',
	home: 'الرئيسية',
	menu: 'القائمة',
	sectionsNav: 'الأقسام',
	breadcrumbs: 'مسار التنقل',
	onThisPage: 'في هذه الصفحة',
	prevNext: 'السابق والتالي',
	previous: 'السابق',
	next: 'التالي',
	allInGroup: 'الكل ({n})',
	theme: 'المظهر',
	'theme.system': 'مظهر النظام',
	'theme.light': 'فاتح',
	'theme.dark': 'داكن',
	notFoundTitle: 'الصفحة غير موجودة',
	notFoundText: 'لا توجد صفحة بهذا العنوان. ربما نُقلت، أو كُتب العنوان خطأً. ابحث في الإحاطات، أو ابدأ من أحد الفهارس.',
	searchPageForm: 'ابحث في الإحاطات مع عوامل التصفية',
	pageOf: 'الصفحة {page} من {pages}',
	packPdf: 'تنزيل الملف بصيغة PDF',
	packPdfAbout: 'بمقاس A4، مع غلاف وفهرس بأرقام الصفحات، وترويسة وترقيم في كل صفحة.',
	map: 'الخريطة',
	mapIntro:
		'دول المجموعة مظلَّلةً بحسب عدد الأحداث التي تشارك فيها كلٌّ منها، والمدن التي جرت فيها الأحداث. كل دولة وكل مدينة رابطٌ إلى صفحتها، والأرقام نفسها مدرجة في الجدولين المرافقين للخريطة.',
	mapBoundaries:
		'الحدود: من Natural Earth بمقياس 1:50m (ملكية عامة)، وهي للاسترشاد فقط، ولا تعني أي موقف من وضع أي إقليم أو من مسار أي حدود.',
	mapLegend: 'الأحداث التي تشارك فيها الدولة',
	mapNoEvents: 'في المجموعة، بلا أحداث',
	mapOther: 'خارج المجموعة',
	mapCity: 'مدينة جرت فيها أحداث',
	mapEvents: 'الأحداث: {n}',
	mapMissing: 'غير مرسومة (ليست في الأطلس): {list}.',
	mapLocator: '{name} على خريطة المنطقة',
	mapSee: 'خريطة المنطقة',
	data: 'تنزيل البيانات',
	dataIntro:
		'المجموعة في ملفات يمكن تنزيلها: جداول بصيغة CSV (بترميز UTF-8، تُفتح بأي برنامج جداول بيانات)، والأسماء والنصوص فيها بالعربية؛ وكل البيانات المنظّمة في وثيقة JSON واحدة، مع مخطط JSON Schema يصفها.',
	dataJson: 'المجموعة كاملة (JSON)',
	dataJsonAbout: 'كل سجل في كل مجموعة، باللغتين، كما يكتبه المؤلفون، والإحالات بالمعرّفات.',
	dataSchemaAbout: 'مخطط JSON Schema الذي يتوافق معه الملف collection.json، مولَّدًا من نموذج المحتوى.',
	dataColumn: 'العمود',
	dataMeaning: 'ما يحويه',
	dataLink: 'نزّل هذه البيانات',
	keyFacts: 'المعلومات الأساسية',
	bottomLine: 'الخلاصة',
	whyItMatters: 'ما أهمية ذلك',
	whyItMattersNote: 'كما تعرضها المصادر، دون تقييم من خارجها.',
	office: 'المنصب',
	country: 'الدولة',
	organisation: 'المنظمة',
	date: 'التاريخ',
	dates: 'التواريخ',
	place: 'المكان',
	host: 'المضيف',
	organiser: 'الجهة المنظمة',
	edition: 'الدورة',
	format: 'الشكل',
	'format.in-person': 'حضوري',
	'format.virtual': 'افتراضي',
	sides: 'الطرفان',
	participants: 'المشاركون',
	topics: 'الموضوعات',
	outcomes: 'النتائج',
	'outcome.agreed': 'باتفاق مشترك',
	'outcome.stated': 'على لسان',
	'role.host': 'مضيف',
	'role.attendee': 'حضر',
	'role.represented': 'مثّله',
	'role.representative': 'مثّل',
	'roleGroup.host': 'المضيف',
	'roleGroup.attendee': 'حضروا شخصيًا',
	'roleGroup.represented': 'ممثَّلون',
	spellings: 'صيغ أخرى للاسم',
	asOf: 'تاريخ أحدث المعلومات',
	citeLabel: 'فقرة المصدر',
	summitsAttended: 'القمم',
	meetingsHeld: 'الاجتماعات الثنائية',
	peopleMet: 'لقاءات مع شخصيات',
	alsoAttended: 'حضروا القمم نفسها أيضًا',
	togetherAtSummits: 'الحاضرون في كل قمة',
	togetherIntro: 'الحضور في قمة واحدة ليس لقاءً: تنقل المصادر من حضر، لا من التقى بمن.',
	mentionedIn: 'مواضع الذكر',
	references: 'المراجع',
	pack: 'ملف الإحاطة',
	packIntro:
		'كل ما ينبغي قراءته قبل هذه القمة في وثيقة واحدة قابلة للطباعة: القمة نفسها، والاجتماعات التي عُقدت على هامشها، وكل المشاركين فيها.',
	contents: 'المحتويات',
	citedBy: 'تستشهد بها',
	connections: 'الصلات',
	marginMeetings: 'اجتماعات عُقدت على هامشها',
	people: 'الشخصيات',
	events: 'الأحداث',
	with: 'مع',
	via: 'في',
	partOf: 'جزء من',
	milestones: 'المحطات التاريخية',
	noneRecorded: 'لا تذكر المصادر شيئًا.',
	paragraph: 'الفقرة',
	dateline: 'سطر التاريخ',
	published: 'تاريخ النشر',
	aboutCopy: 'عن هذه النسخة',
	chooseLanguage: 'اختر اللغة',
	coverage: 'ما تغطيه الإحاطات',
	keyEvents: 'الأحداث الرئيسية',
	browse: 'تصفح',
	comma: '، ',
	timeline: 'التسلسل الزمني',
	attendance: 'الحضور',
	relationships: 'من التقى بمن',
	coverageText:
		'إحاطات عن {people, plural, zero {# من القادة والمسؤولين} one {شخصية واحدة من القادة والمسؤولين} two {شخصيتين من القادة والمسؤولين} few {# شخصيات من القادة والمسؤولين} many {# شخصية من القادة والمسؤولين} other {# شخصية من القادة والمسؤولين}} و{summits, plural, zero {# من القمم} one {قمة واحدة} two {قمتين} few {# قمم} many {# قمة} other {# قمة}} و{meetings, plural, zero {# من الاجتماعات الثنائية} one {اجتماع ثنائي واحد} two {اجتماعين ثنائيين} few {# اجتماعات ثنائية} many {# اجتماعًا ثنائيًا} other {# اجتماع ثنائي}}، مستمدة من {sources, plural, zero {# من المصادر} one {مصدر واحد} two {مصدرين} few {# مصادر} many {# مصدرًا} other {# مصدر}}: كل معلومة موثّقة بفقرتها، وكل ما لا تقوله المصادر موسوم بذلك.',
	timelineIntro: 'كل الأحداث المؤرخة في المجموعة، من الأقدم إلى الأحدث.',
	attendanceIntro: 'من شارك في أي حدث، وبأي صفة.',
	graphIntro:
		'يصل كل خط بين شخصيتين التقتا في اجتماع ثنائي. والعلاقات ذاتها مسرودة تحت الرسم، وبعدها الحاضرون في كل قمة.',
	person: 'الشخصية',
	'role.met': 'لقاء مع',
	milestone: 'محطة',
	years: 'السنوات',
	portableTitle: 'النسخة المحمولة',
	portableEdition:
		'بُنيت هذه النسخة في {date} وتضم {count, plural, zero {# إحاطة} one {إحاطة واحدة} two {إحاطتين} few {# إحاطات} many {# إحاطة} other {# إحاطة}}. تعمل مفتوحةً من القرص دون خادم ولا شبكة: التنقل واللغتان وملفات الإحاطة والبحث.',
	graphShowing:
		'يعرض الرسم {shown, plural, one {الشخصية الأكثر لقاءً بغيرها} two {الشخصيتين الأكثر لقاءً بغيرهما} few {# شخصيات هي الأكثر لقاءً بغيرها} many {# شخصية هي الأكثر لقاءً بغيرها} other {# شخصية هي الأكثر لقاءً بغيرها}}، من أصل {total}.',
};

const STRINGS: Record<Locale, Record<UiKey, string>> = { en, ar };

/** Keys of messages with arguments (`{n}`, `{n, plural, …}`): `t` formats them from its `params`. */
export type MessageKey = { [K in UiKey]: (typeof en)[K] extends `${string}{${string}` ? K : never }[UiKey];
/** Keys of plain text, with nothing to fill in. */
export type TextKey = Exclude<UiKey, MessageKey>;
/** The values of a message's arguments: numbers are formatted, and choose the plural form, for the language. */
export type MessageParams = Record<string, string | number>;

/** Each message is parsed once per language; a build formats thousands. */
const formats = new Map<string, IntlMessageFormat>();

/**
 * The interface text for a key in a language. A message with arguments is
 * written in ICU MessageFormat (`{n, plural, one {# source} other {# sources}}`)
 * and formatted with `params` by the language's own plural rules: Arabic has
 * six forms (zero, one, two, few, many, other), English two.
 */
export function t(locale: Locale, key: TextKey): string;
export function t(locale: Locale, key: MessageKey, params: MessageParams): string;
export function t(locale: Locale, key: UiKey, params?: MessageParams): string {
	const message = STRINGS[locale][key];
	if (params === undefined) return message;
	const id = `${locale}:${key}`;
	let format = formats.get(id);
	if (!format)
		formats.set(id, (format = new IntlMessageFormat(message, INTL_LOCALE[locale], undefined, { ignoreTag: true })));
	return String(format.format(params));
}

/**
 * A count message (argument `n`) as one template per plural category of the
 * language, and `=0`, with `{n}` where the number goes: for the search scripts,
 * which have `Intl.PluralRules` but carry no message parser.
 */
export function countForms(locale: Locale, key: MessageKey): Record<string, string> {
	const id = `${locale}:${key}`;
	let forms = countFormsOf.get(id);
	if (!forms) countFormsOf.set(id, (forms = deriveCountForms(locale, key)));
	return forms;
}

/** Every page carries the same templates: each is derived once per build. */
const countFormsOf = new Map<string, Record<string, string>>();

function deriveCountForms(locale: Locale, key: MessageKey): Record<string, string> {
	const rules = new Intl.PluralRules(INTL_LOCALE[locale]);
	const forms: Record<string, string> = { '=0': t(locale, key, { n: 0 }) };
	for (const category of rules.resolvedOptions().pluralCategories) {
		// The smallest positive number of the category stands for all of it (zero for Arabic's `zero`).
		let sample = 1;
		while (sample < 1000 && rules.select(sample) !== category) sample++;
		if (sample === 1000) sample = 0;
		forms[category] = t(locale, key, { n: sample }).replaceAll(formatNumber(sample, locale), '{n}');
	}
	return forms;
}
