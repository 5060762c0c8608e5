/**
 * The pieces of the source report (src/lib/source-report), one by one: words
 * and sentences, word forms, calendar words and dates, country adjectives,
 * titles, numbers, the collection's facts, candidate names and the report's
 * lines. Every text here is invented for the test.
 */
import { describe, expect, test } from 'vitest';
import { calendarWords, givenDates, isCalendarWord } from '../../src/lib/source-report/calendar.ts';
import { knownEntities } from '../../src/lib/source-report/collection.ts';
import { isAdjectiveByRule, languageAdjectives } from '../../src/lib/source-report/countries.ts';
import { analyseSource, describeDisagreement, formatReport } from '../../src/lib/source-report/index.ts';
import { cardinalAt, ordinalAt } from '../../src/lib/source-report/numbers.ts';
import { asciiDigits, tokenize } from '../../src/lib/source-report/text.ts';
import { officeOf, officesAgree, titleAt } from '../../src/lib/source-report/titles.ts';
import { unknownNameCandidates, type Context } from '../../src/lib/source-report/unknown-names.ts';
import { meet, wordKeys } from '../../src/lib/source-report/word-forms.ts';

const texts = (text: string, language: string) => tokenize(text, language).map((t) => t.text);

describe('words and sentences', () => {
	test('a hyphenated word is one word; an elision comes off; «و» on a number is apart', () => {
		expect(texts('Anna-Maria met the North-South group.', 'en')).toEqual([
			'Anna-Maria',
			'met',
			'the',
			'North-South',
			'group',
		]);
		expect(texts("la Banque d'investissement", 'fr')).toEqual(['la', 'Banque', 'investissement']);
		expect(tokenize("la Banque d'investissement", 'fr')[1]!.after).toBe('');
		expect(texts('يومي 13 و14 أكتوبر', 'ar')).toEqual(['يومي', '13', '14', 'أكتوبر']);
	});

	test('sentences end at a full stop, not after an initial or a title, nor inside a numeric date', () => {
		const tokens = tokenize('Mr. J. Smith came on 12.10.2022. Then Teralin: Alpha spoke.', 'en');
		expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['Mr', 'Then', 'Alpha']);
		expect(tokens.find((t) => t.text === 'Then')!.sentence).toBe(1);
		expect(tokenize('NATO and ОДКБ', 'en').map((t) => t.acronym)).toEqual([true, false, true]);
	});

	test('digits of other scripts read as ASCII', () => {
		expect(asciiDigits('١٣ ۲۰۲۲ 7')).toBe('13 2022 7');
	});
});

describe('word forms', () => {
	const same = (a: string, b: string, language: string) => meet(wordKeys(a, language), wordKeys(b, language));

	test('a Russian name meets its cases, Snowball or not', () => {
		expect(same('Астану', 'Астана', 'ru')).toBe(true);
		expect(same('Алиева', 'Алиев', 'ru')).toBe(true);
		expect(same('Белоруссии', 'Белоруссия', 'ru')).toBe(true);
		expect(same('Казахстана', 'Китая', 'ru')).toBe(false);
	});

	test('an Arabic word meets its attached forms; a name keeps its own endings', () => {
		expect(same('لكالافان', 'كالافان', 'ar')).toBe(true);
		expect(same('والصين', 'الصين', 'ar')).toBe(true);
		expect(meet(wordKeys('لبحر', 'ar'), wordKeys('البحرين', 'ar', true))).toBe(false);
	});

	test('English and French words meet their plurals; a possessive and a Turkish case ending come off', () => {
		expect(same('summits', 'summit', 'en')).toBe(true);
		expect(same("Kallavan's", 'Kallavan', 'en')).toBe(true);
		expect(same('sommets', 'sommet', 'fr')).toBe(true);
		expect(same("Teralin'da", 'Teralin', 'tr')).toBe(true);
	});
});

describe('calendar words and dates', () => {
	test('month names come from CLDR, in every form and regional variant', () => {
		const words = (language: string) => calendarWords(language).months.map((m) => m.words.join(' '));
		expect(words('ru')).toEqual(expect.arrayContaining(['октябрь', 'октября']));
		expect(words('ar')).toEqual(expect.arrayContaining(['اكتوبر', 'تشرين الاول']));
		expect(isCalendarWord('Wednesday', 'en')).toBe(true);
		expect(isCalendarWord('октябре', 'ru')).toBe(true);
		expect(isCalendarWord('Teralin', 'en')).toBe(false);
	});

	test('a day and month, with a year or a range, in each language', () => {
		const dates = (text: string, language: string) =>
			givenDates(tokenize(text, language), language, text).map(({ text: t, day, endDay, month, year }) => ({
				t,
				day,
				endDay,
				month,
				year,
			}));
		expect(dates('It opened October 12, 2022, and met on 13–14 October.', 'en')).toEqual([
			{ t: 'October 12, 2022', day: 12, endDay: undefined, month: 10, year: 2022 },
			{ t: '13–14 October', day: 13, endDay: 14, month: 10, year: undefined },
		]);
		expect(dates('13-го октября 2022 года', 'ru')).toMatchObject([{ day: 13, month: 10, year: 2022 }]);
		expect(dates('يوم ١٢ أكتوبر/تشرين الأول', 'ar')).toMatchObject([
			{ t: '١٢ أكتوبر/تشرين الأول', day: 12, month: 10 },
		]);
		expect(dates('le 13 et 14 octobre', 'fr')).toMatchObject([{ day: 13, endDay: 14, month: 10 }]);
		expect(dates('in 2022 and on 40 October', 'en')).toEqual([]);
	});
});

describe('country adjectives', () => {
	test('by rule in each script', () => {
		for (const [word, names, language] of [
			['Kazakh', ['Kazakhstan'], 'en'],
			['Chinese', ['China'], 'en'],
			['Turkish', ['Türkiye'], 'en'],
			['турецкий', ['Турция'], 'ru'],
			['российской', ['Россия'], 'ru'],
			['الصيني', ['الصين'], 'ar'],
			['التركية', ['تركيا'], 'ar'],
			['الكازاخي', ['كازاخستان'], 'ar'],
			['chinois', ['Chine'], 'fr'],
		] as const)
			expect(isAdjectiveByRule(word, names, language), word).toBe(true);
		for (const [word, names, language] of [
			['Iraqi', ['Iran'], 'en'],
			['Russell', ['Russia'], 'en'],
			['иранский', ['Ирак'], 'ru'],
		] as const)
			expect(isAdjectiveByRule(word, names, language), word).toBe(false);
	});

	test('from CLDR, the country’s own language where it is the adjective', () => {
		expect(languageAdjectives('de', 'ru')).toEqual(expect.arrayContaining(['German', 'немецкий', 'الألمانية']));
		expect(languageAdjectives('kz', 'en')).toEqual([]); // Russian, the likeliest language, is not Kazakh
	});
});

describe('titles and offices', () => {
	test('a title in any language, the longest first, and the office it stands for', () => {
		const at = (text: string, language: string) => titleAt(tokenize(text, language), 0, language);
		expect(at('Prime Minister Alpha', 'en')).toEqual({ office: 'prime-minister', last: 1 });
		expect(at('премьер-министром Турции', 'ru')).toEqual({ office: 'prime-minister', last: 0 });
		expect(at('ورئيس الوزراء', 'ar')).toEqual({ office: 'prime-minister', last: 1 });
		expect(at('Alpha spoke', 'en')).toBeUndefined();
		expect(officeOf('President of Northland', 'en')).toBe('president');
		expect(officeOf('Minister of Foreign Affairs', 'en')).toBe('foreign-minister');
		expect(officeOf('Envoy', 'en')).toBeUndefined();
	});

	test('which titles agree with an office', () => {
		expect(officesAgree('minister', 'foreign-minister')).toBe(true);
		expect(officesAgree('emir', 'monarch')).toBe(true);
		expect(officesAgree('chair', 'president')).toBe(true);
		expect(officesAgree('prime-minister', 'president')).toBe(false);
	});
});

describe('numbers', () => {
	test('ordinals and counts', () => {
		const ordinal = (text: string, language: string) => ordinalAt(tokenize(text, language), 0, language)?.value;
		expect(['sixth', '6th', 'VI'].map((t) => ordinal(t, 'en'))).toEqual([6, 6, 6]);
		expect(ordinal('шестого', 'ru')).toBe(6);
		expect(ordinal('السادسة', 'ar')).toBe(6);
		expect(ordinal('الحادي عشر', 'ar')).toBe(11);
		expect(ordinal('sixième', 'fr')).toBe(6);
		expect(ordinal('summit', 'en')).toBeUndefined();
		const count = (text: string, language: string) => cardinalAt(tokenize(text, language), 0, language)?.value;
		expect(count('eleven', 'en')).toBe(11);
		expect(count('١١', 'ar')).toBe(11);
		expect(count('onze', 'fr')).toBeUndefined();
	});
});

describe('the collection', () => {
	test('names, words, dates (strings or YAML dates) and facts; sources and unreadable entries left out', () => {
		const entities = knownEntities([
			{
				collection: 'summits',
				id: 's',
				data: {
					name: { en: 'S', ar: 'س' },
					startDate: new Date('2022-10-13'),
					edition: 6,
					participants: [{ person: 'p' }],
				},
			},
			{
				collection: 'countries',
				id: 'kz',
				data: { name: { en: 'Kazakhstan', ar: 'كازاخستان' }, adjectives: { en: ['Kazakhstani'] } },
			},
			{
				collection: 'people',
				id: 'p',
				file: 'people/p.mdx',
				data: { name: { en: 'P Q' }, office: { en: 'President' }, country: 'kz', vocabulary: { en: ['leader'] } },
			},
			{ collection: 'sources', id: 'src', data: {} },
			{ collection: 'people', id: 'broken', data: {}, broken: true },
		]);
		expect(entities.map((e) => e.id)).toEqual(['s', 'kz', 'p']);
		expect(entities[0]).toMatchObject({
			dates: { start: '2022-10-13', end: '2022-10-13' },
			edition: 6,
			participants: ['p'],
		});
		expect(entities[1]!.adjectives).toEqual(['Kazakhstani']);
		expect(entities[2]).toMatchObject({
			names: ['P Q'],
			words: ['leader'],
			office: { en: 'President' },
			country: 'kz',
			file: 'people/p.mdx',
		});
	});
});

describe('candidate names', () => {
	const candidates = (text: string, language: string, extra: Partial<Context> = {}) => {
		const tokens = tokenize(text, language);
		const context: Context = {
			tokens,
			language,
			covered: new Set(),
			countries: new Set(),
			knownWords: new Set(),
			lowerWords: new Set(tokens.filter((t) => !t.capital).map((t) => t.text.toLowerCase())),
			capitalWords: new Set(),
			...extra,
		};
		return unknownNameCandidates(context).map((c) => text.slice(tokens[c.first]!.start, tokens[c.last]!.end));
	};

	test('after a title, a Russian place in the genitive and the man apart; a patronymic keeps a name whole', () => {
		expect(candidates('Прибыл президент Туркмении Сердар Аманов.', 'ru')).toEqual(['Туркмении', 'Сердар Аманов']);
		expect(candidates('Прибыл президент Сердар Бердыевич Аманов.', 'ru')).toEqual(['Сердар Бердыевич Аманов']);
	});

	test('an Arabic name of four words whole, after a title and a country’s adjective', () => {
		const text = 'واستقبل ولي العهد القطري خالد بن سلمان آل راشد في الدوحة.';
		const tokens = tokenize(text, 'ar');
		const countries = new Set([tokens.findIndex((t) => t.text === 'القطري')]);
		expect(candidates(text, 'ar', { countries, covered: countries })).toEqual(['خالد بن سلمان آل راشد']);
	});

	test('months, weekdays and titles are not names; a hyphenated name stays whole', () => {
		expect(candidates('On Monday, 3 March, President Anna-Maria Smith spoke.', 'en')).toEqual(['Anna-Maria Smith']);
	});
});

describe('the report', () => {
	const entities = knownEntities([
		{
			collection: 'countries',
			id: 'fi',
			file: 'countries.yaml',
			data: { name: { en: 'Northland', ar: 'أرض الشمال' } },
		},
		{
			collection: 'people',
			id: 'alpha',
			file: 'people/alpha.mdx',
			data: {
				name: { en: 'Alpha Omega' },
				shortName: { en: 'Alpha' },
				office: { en: 'President of Northland' },
				country: 'fi',
			},
		},
		{
			collection: 'summits',
			id: 'first-summit',
			data: {
				name: { en: 'First Summit' },
				startDate: '2022-10-27',
				endDate: '2022-10-28',
				edition: 1,
				participants: [{ person: 'alpha' }],
			},
		},
	]);

	test('lists each known entity with its paragraphs, each disagreement and each unknown name on one line', () => {
		const report = analyseSource(
			[
				'Prime Minister Alpha opened the First Summit on 25 October with Ivan Petrovsky.',
				'Alpha Omega of Northland spoke.',
			],
			'en',
			entities,
		);
		expect(report.disagreements.map(describeDisagreement)).toEqual([
			'¶1 gives 25 October for first-summit (collection: 2022-10-27 to 2022-10-28); add a dispute if the sources differ',
			'¶1 gives Prime Minister for alpha (collection: President of Northland); add a dispute if the sources differ',
		]);
		const lines = formatReport(report);
		expect(lines).toContain('  alpha: ¶1, ¶2 as “Alpha”, “Alpha Omega” (people/alpha.mdx)');
		expect(lines).toContain('  first-summit: ¶1 as “First Summit”');
		expect(lines).toContain('  fi: ¶2 as “Northland” (countries.yaml)');
		expect(lines.at(-1)).toBe('  Ivan Petrovsky (¶1)');
	});

	test('with nothing known, says so', () => {
		expect(formatReport(analyseSource(['nothing here.'], 'en', []))).toEqual([
			'',
			'Known entities it names, and where (update these briefings):',
			'  (none)',
		]);
	});
});
