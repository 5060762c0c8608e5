/**
 * A synthetic collection for the benchmark: N briefings (60% people, 10%
 * summits, 30% bilateral meetings) in both languages, with countries, cities,
 * organisations, topics and one source per five briefings (most in Arabic,
 * some in Russian or English), realistic frontmatter, links between entities,
 * citations of several sources per briefing, marked inferences and some
 * facts the sources disagree on. Deterministic for a given N; every file says
 * it is generated test data.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { geoCentroid, geoContains } from 'd3-geo';
import { atlas, countryShapes, numericCode } from '../../src/lib/atlas.ts';

/** Forty real country codes around Central Asia, so the map and its checks work on generated data too. */
const COUNTRY_CODES =
	'kz ru cn in tr ir pk uz kg tj tm af az ge am ua by pl de fr it es gb jp kr mn sa ae eg iq sy jo qa kw om ye bd np lk th'.split(
		' ',
	);

/** A point inside a country: its centroid, or a point of its outline when the centroid falls outside. */
let shapes: ReturnType<typeof countryShapes> | undefined;
function pointIn(code: string): [number, number] {
	shapes ??= countryShapes(atlas('50m'));
	const shape = shapes.get(numericCode(code) ?? '');
	if (!shape) throw new Error(`No shape for ${code}`);
	const centre = geoCentroid(shape);
	if (geoContains(shape, centre)) return [round(centre[0]), round(centre[1])];
	const geometry = shape.geometry;
	const first =
		geometry.type === 'Polygon'
			? geometry.coordinates[0]![0]!
			: geometry.type === 'MultiPolygon'
				? geometry.coordinates[0]![0]![0]!
				: [0, 0];
	return [round(first[0]!), round(first[1]!)];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** mulberry32: a small seeded generator, so the same N always gives the same collection. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES: [string, string, string][] = [
	['ka', 'كا', 'ка'],
	['ra', 'را', 'ра'],
	['to', 'تو', 'то'],
	['mi', 'مي', 'ми'],
	['sa', 'سا', 'са'],
	['lu', 'لو', 'лу'],
	['de', 'دي', 'де'],
	['no', 'نو', 'но'],
	['ba', 'با', 'ба'],
	['zi', 'زي', 'зи'],
	['fa', 'فا', 'фа'],
	['qu', 'كو', 'ку'],
	['ha', 'ها', 'ха'],
	['ve', 'في', 'ве'],
	['go', 'غو', 'го'],
	['ri', 'ري', 'ри'],
	['tal', 'تال', 'тал'],
	['mur', 'مور', 'мур'],
	['dan', 'دان', 'дан'],
	['sel', 'سيل', 'сел'],
];
const EN_WORDS =
	'the of and to in on with for a summit leaders agreed discussed cooperation trade energy security transport regional partnership statement talks meeting president minister delegation relations dialogue investment corridor climate water border economic cultural humanitarian joint declaration framework region council forum support development infrastructure agenda stability connectivity market growth visit bilateral multilateral'.split(
		' ',
	);
const AR_WORDS =
	'في من إلى على مع عن القمة القادة اتفق ناقش التعاون التجارة الطاقة الأمن النقل الإقليمي الشراكة البيان المحادثات الاجتماع الرئيس الوزير الوفد العلاقات الحوار الاستثمار الممر المناخ المياه الحدود الاقتصادي الثقافي الإنساني المشترك الإعلان الإطار المنطقة المجلس المنتدى الدعم التنمية البنية جدول الاستقرار الترابط السوق النمو الزيارة الثنائي'.split(
		' ',
	);

export interface GeneratedCollection {
	briefings: number;
	people: string[];
	/** A few people's surnames, for search queries. */
	names: string[];
	/** People whose surname no one else has, with it in both languages: a misspelt surname has one right answer. */
	surnames: { id: string; en: string; ar: string }[];
}

export async function generateCollection(dir: string, count: number, seed = 7): Promise<GeneratedCollection> {
	const rand = random(seed + count);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
	const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
	const sample = <T>(list: readonly T[], n: number) => {
		const copy = [...list];
		const out: T[] = [];
		while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
		return out;
	};
	const word = (parts: number) => {
		const chosen = Array.from({ length: parts }, () => pick(SYLLABLES));
		const latin = chosen.map((s) => s[0]).join('');
		return {
			en: latin[0]!.toUpperCase() + latin.slice(1),
			ar: chosen.map((s) => s[1]).join(''),
			ru: chosen
				.map((s) => s[2])
				.join('')
				.replace(/^./, (c) => c.toUpperCase()),
		};
	};
	/** A name no other entry has, in either language: the checker refuses two entries it cannot tell apart. */
	const taken = new Set<string>();
	const unique = <T extends { en: string; ar: string }>(make: () => T): T => {
		for (;;) {
			const name = make();
			if (taken.has(name.en) || taken.has(name.ar)) continue;
			taken.add(name.en);
			taken.add(name.ar);
			return name;
		}
	};
	const sentence = (words: readonly string[], n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
	const yaml = (value: string) => JSON.stringify(value);
	const pad = (n: number, width: number) => String(n).padStart(width, '0');

	const nPeople = Math.round(count * 0.6);
	const nSummits = Math.max(1, Math.round(count * 0.1));
	const nMeetings = count - nPeople - nSummits;
	const nSources = Math.max(2, Math.ceil(count / 5));
	const b = join(dir, 'briefings');
	for (const sub of ['people', 'summits', 'meetings', 'sources']) await mkdir(join(b, sub), { recursive: true });
	const GENERATED = '# Generated test data for the benchmark: invented, not real.';

	// Sources: ten paragraphs each; most originals in Arabic, some in Russian or English, with
	// translations. Written last, once the people cited for their office are named in them.
	const sources = Array.from({ length: nSources }, (_, i) => `source-${pad(i + 1, 5)}`);
	const RU_WORDS = SYLLABLES.map((s) => s[2]);
	const texts = new Map(
		sources.map((id, i) => {
			const language = i % 10 === 3 ? 'ru' : i % 10 === 7 ? 'en' : 'ar';
			const words = { ar: AR_WORDS, en: EN_WORDS, ru: RU_WORDS }[language];
			const paragraphs = Array.from({ length: 10 }, () => sentence(words, int(30, 60)));
			const translations = Object.fromEntries(
				(['en', 'ar'] as const)
					.filter((l) => l !== language)
					.map((l) => [l, paragraphs.map(() => sentence(l === 'en' ? EN_WORDS : AR_WORDS, int(30, 60)))]),
			);
			const kind = pick(['article', 'statement', 'communique', 'transcript', 'report']);
			const date = `${int(2005, 2024)}-0${int(1, 9)}-1${int(0, 9)}`;
			return [id, { language, paragraphs, translations, kind, date }];
		}),
	);
	/** Adds a person's name to a paragraph of a source, in its English and Arabic text. */
	const nameIn = (id: string, paragraph: number, name: { en: string; ar: string }) => {
		const text = texts.get(id)!;
		for (const l of ['en', 'ar'] as const) {
			const list = text.language === l ? text.paragraphs : text.translations[l]!;
			list[paragraph - 1] += ` ${name[l]}`;
		}
	};
	const writeSources = async () => {
		for (const [id, { language, paragraphs, translations, kind, date }] of texts) {
			await mkdir(join(b, 'sources', id), { recursive: true });
			await writeFile(join(b, 'sources', id, `article.${language}.txt`), `Title ${id}\n\n${paragraphs.join('\n\n')}\n`);
			await writeFile(
				join(b, 'sources', id, 'source.yaml'),
				[
					GENERATED,
					`kind: ${kind}`,
					`title: { en: ${yaml(`Report ${id}`)}, ar: ${yaml(`تقرير ${id}`)} }`,
					`originalTitle: ${yaml(`Title ${id}`)}`,
					`language: ${language}`,
					`dateline: ${yaml(`Capital, ${id}`)}`,
					`date: "${date}"`,
					'note: { en: A generated source for the benchmark., ar: مصدر مولَّد لقياس الأداء. }',
					`originalFile: article.${language}.txt`,
					'skipLines: 1',
					'translations:',
					...Object.entries(translations).flatMap(([l, list]) => [`  ${l}:`, ...list.map((t) => `    - ${yaml(t)}`)]),
				].join('\n'),
			);
		}
	};

	// Countries, organisations, topics: data entries.
	const countries = COUNTRY_CODES.map((code) => ({
		id: code,
		name: unique(() => word(3)),
	}));
	const organisations = Array.from({ length: 10 }, (_, i) => ({
		id: `org-${pad(i + 1, 2)}`,
		name: unique(() => word(2)),
	}));
	const topics = Array.from({ length: 30 }, (_, i) => ({
		id: `topic-${pad(i + 1, 2)}`,
		en: `${pick(EN_WORDS)} ${pick(EN_WORDS)} ${i + 1}`,
		ar: `${pick(AR_WORDS)} ${pick(AR_WORDS)} ${i + 1}`,
	}));
	const cities = Array.from({ length: 30 }, (_, i) => ({
		id: `city-${pad(i + 1, 2)}`,
		name: unique(() => word(2)),
		country: pick(countries),
	}));
	const dataEntry = (id: string, lines: string[]) => [`${id}:`, ...lines.map((l) => `  ${l}`)].join('\n');
	const sourced = () => [`source: ${pick(sources)}`, `cites: [${int(1, 10)}]`];
	await writeFile(
		join(b, 'cities.yaml'),
		[
			GENERATED,
			...cities.map((c) =>
				dataEntry(c.id, [
					`name: { en: ${yaml(`${c.name.en}grad`)}, ar: ${yaml(`${c.name.ar}غراد`)} }`,
					`country: ${c.country.id}`,
					`coordinates: [${pointIn(c.country.id).join(', ')}]`,
					`summary: { en: ${yaml(sentence(EN_WORDS, 10))}, ar: ${yaml(sentence(AR_WORDS, 10))} }`,
					...sourced(),
					'background:',
					'  coordinates: { en: Generated., ar: مولَّدة. }',
				]),
			),
		].join('\n'),
	);
	await writeFile(
		join(b, 'countries.yaml'),
		GENERATED +
			'\n' +
			countries
				.map((c) =>
					dataEntry(c.id, [
						`name: { en: ${yaml(`${c.name.en}ia`)}, ar: ${yaml(`${c.name.ar}يا`)} }`,
						`spellings: [${yaml(`${c.name.ru}ия`)}]`,
						`summary: { en: ${yaml(sentence(EN_WORDS, 12))}, ar: ${yaml(sentence(AR_WORDS, 12))} }`,
						...sourced(),
					]),
				)
				.join('\n'),
	);
	await writeFile(
		join(b, 'organisations.yaml'),
		GENERATED +
			'\n' +
			organisations
				.map((o) =>
					dataEntry(o.id, [
						`name: { en: ${yaml(`${o.name.en} Organisation`)}, ar: ${yaml(`منظمة ${o.name.ar}`)} }`,
						`shortName: { en: ${yaml(o.name.en.toUpperCase())}, ar: ${yaml(o.name.ar)} }`,
						`summary: { en: ${yaml(sentence(EN_WORDS, 12))}, ar: ${yaml(sentence(AR_WORDS, 12))} }`,
						...sourced(),
					]),
				)
				.join('\n'),
	);
	await writeFile(
		join(b, 'topics.yaml'),
		GENERATED +
			'\n' +
			topics
				.map((t) =>
					dataEntry(t.id, [
						`name: { en: ${yaml(t.en)}, ar: ${yaml(t.ar)} }`,
						`summary: { en: ${yaml(sentence(EN_WORDS, 10))}, ar: ${yaml(sentence(AR_WORDS, 10))} }`,
						...sourced(),
					]),
				)
				.join('\n'),
	);

	// People first (names), then events that use them, then the people's briefings.
	const people = Array.from({ length: nPeople }, (_, i) => {
		let first = word(2);
		const last = unique(() => {
			first = word(2);
			const last = word(3);
			return { ...last, en: `${first.en} ${last.en}`, ar: `${first.ar} ${last.ar}` };
		});
		last.en = last.en.slice(first.en.length + 1);
		last.ar = last.ar.slice(first.ar.length + 1);
		return {
			id: `person-${pad(i + 1, 5)}`,
			first,
			last,
			country: pick(countries),
			source: pick(sources),
			events: [] as string[],
		};
	});
	const byId = new Map(people.map((p) => [p.id, p]));
	/**
	 * A body in both languages: each paragraph cites the same paragraphs in English and
	 * Arabic (the primary source, and sometimes another one); one paragraph is an inference.
	 */
	const body = (paragraphsEn: string[], paragraphsAr: string[], others: string[]) => {
		const cites = paragraphsEn.map(() =>
			others.length > 0 && rand() < 0.3
				? `<Cite src="${pick(others)}" p="${int(1, 10)}" />`
				: `<Cite p="${int(1, 10)}" />`,
		);
		let i = 0;
		let k = 0;
		const cite = () => cites[i++ % cites.length]!;
		const citeAr = () => cites[k++ % cites.length]!;
		const inferred = rand() < 0.3;
		return [
			'<En>',
			'',
			'<BottomLine>',
			'',
			`${paragraphsEn[0]} ${cite()}`,
			'',
			'</BottomLine>',
			'',
			'## Details',
			'',
			...paragraphsEn.slice(1, -1).flatMap((p) => [`${p} ${cite()}`, '']),
			'<WhyItMatters>',
			'',
			`${paragraphsEn.at(-1)} ${cite()}`,
			'',
			...(inferred
				? ['<Inferred because="The generated source does not say so.">A generated inference.</Inferred>', '']
				: []),
			'</WhyItMatters>',
			'',
			'</En>',
			'',
			'<Ar>',
			'',
			'<BottomLine>',
			'',
			`${paragraphsAr[0]} ${citeAr()}`,
			'',
			'</BottomLine>',
			'',
			'## التفاصيل',
			'',
			...paragraphsAr.slice(1, -1).flatMap((p) => [`${p} ${citeAr()}`, '']),
			'<WhyItMatters>',
			'',
			`${paragraphsAr.at(-1)} ${citeAr()}`,
			'',
			...(inferred ? ['<Inferred because="لا يقول المصدر المولَّد ذلك.">استنتاج مولَّد.</Inferred>', ''] : []),
			'</WhyItMatters>',
			'',
			'</Ar>',
			'',
		].join('\n');
	};
	const link = (id: string, text: string) => `<Link to="${id}">${text}</Link>`;
	const fm = (lines: string[]) => ['---', GENERATED, ...lines, '---', ''].join('\n');
	/** Other sources a briefing cites besides its primary one. */
	const otherSources = (primary: string) => sample(sources, int(1, 2)).filter((s) => s !== primary);
	const rarely = (p: number) => rand() < p;

	const summits: { id: string; date: string; participants: string[] }[] = [];
	for (let i = 0; i < nSummits; i++) {
		const id = `summit-${pad(i + 1, 4)}`;
		const date = `${int(2005, 2024)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
		const participants = sample(people, int(4, 10)).map((p) => p.id);
		const host = byId.get(participants[0]!)!;
		let name = word(2);
		unique(() => {
			name = word(2);
			return { en: `${name.en} Summit ${date.slice(0, 4)}`, ar: `قمة ${name.ar} ${date.slice(0, 4)}` };
		});
		const source = pick(sources);
		const topicIds = sample(topics, int(2, 4)).map((t) => t.id);
		summits.push({ id, date, participants });
		for (const p of participants) byId.get(p)!.events.push(id);
		const en = [
			`${link(host.id, host.last.en)} hosted the ${name.en} summit with ${participants
				.slice(1, 4)
				.map((p) => link(p, byId.get(p)!.last.en))
				.join(', ')} and others. ${sentence(EN_WORDS, 20)}.`,
			...Array.from({ length: 3 }, () => `${sentence(EN_WORDS, int(40, 70))}.`),
			`${sentence(EN_WORDS, 30)}.`,
		];
		const ar = [
			`استضاف ${link(host.id, host.last.ar)} قمة ${name.ar} مع ${participants
				.slice(1, 4)
				.map((p) => link(p, byId.get(p)!.last.ar))
				.join(' و')} وآخرين. ${sentence(AR_WORDS, 20)}.`,
			...Array.from({ length: 3 }, () => `${sentence(AR_WORDS, int(40, 70))}.`),
			`${sentence(AR_WORDS, 30)}.`,
		];
		await writeFile(
			join(b, 'summits', `${id}.mdx`),
			fm([
				`name: { en: ${yaml(`${name.en} Summit ${date.slice(0, 4)}`)}, ar: ${yaml(`قمة ${name.ar} ${date.slice(0, 4)}`)} }`,
				`shortName: { en: ${yaml(`${name.en} ${date.slice(0, 4)}`)}, ar: ${yaml(`${name.ar} ${date.slice(0, 4)}`)} }`,
				`spellings: [${yaml(`${name.ru} ${date.slice(0, 4)}`)}]`,
				`edition: ${int(1, 30)}`,
				`startDate: ${date}`,
				`endDate: ${date}`,
				`city: ${pick(cities).id}`,
				`country: ${host.country.id}`,
				...(rand() < 0.5 ? [`organiser: ${pick(organisations).id}`] : []),
				'participants:',
				...participants.map(
					(p, k) => `  - { role: ${k === 0 ? 'host' : 'attendee'}, person: ${p}, cites: [${int(1, 10)}] }`,
				),
				`topics: [${topicIds.join(', ')}]`,
				'outcomes:',
				'  - kind: agreed',
				`    text: { en: ${yaml(sentence(EN_WORDS, 12))}, ar: ${yaml(sentence(AR_WORDS, 12))} }`,
				`    cites: [${int(1, 10)}]`,
				'  - kind: stated',
				`    by: ${host.id}`,
				`    text: { en: ${yaml(sentence(EN_WORDS, 12))}, ar: ${yaml(sentence(AR_WORDS, 12))} }`,
				`    cites: [${int(1, 10)}]`,
				`summary: { en: ${yaml(sentence(EN_WORDS, 16))}, ar: ${yaml(sentence(AR_WORDS, 16))} }`,
				`source: ${source}`,
				`cites: [${int(1, 10)}, ${int(1, 10)}]`,
			]) + body(en, ar, otherSources(source)),
		);
	}

	for (let i = 0; i < nMeetings; i++) {
		const id = `meeting-${pad(i + 1, 5)}`;
		const summit = rand() < 0.5 ? pick(summits) : undefined;
		const [a, c] = summit ? sample(summit.participants, 2) : sample(people, 2).map((p) => p.id);
		const date = summit?.date ?? `${int(2005, 2024)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
		const pa = byId.get(a!)!;
		const pc = byId.get(c!)!;
		pa.events.push(id);
		pc.events.push(id);
		const topicIds = sample(topics, int(1, 3)).map((t) => t.id);
		// Two leaders may meet more than once a year: then the title carries the day, and a number if need be.
		let attempt = 0;
		const title = unique(() => {
			const when = attempt === 0 ? date.slice(0, 4) : attempt === 1 ? date : `${date} (${attempt})`;
			attempt++;
			return { en: `${pa.last.en}–${pc.last.en} meeting ${when}`, ar: `اجتماع ${pa.last.ar} و${pc.last.ar} ${when}` };
		});
		const source = pick(sources);
		const others = otherSources(source);
		const format = rarely(0.7) ? 'in-person' : 'virtual';
		// Some meetings are dated differently by two sources; some have an inferred year.
		const disputed = others.length > 0 && rarely(0.05);
		const en = [
			`${link(pa.id, pa.last.en)} met ${link(pc.id, pc.last.en)} of ${link(pc.country.id, `${pc.country.name.en}ia`)}. ${sentence(EN_WORDS, 20)}.`,
			...Array.from({ length: 2 }, () => `${sentence(EN_WORDS, int(40, 70))}.`),
			`${sentence(EN_WORDS, 25)}.`,
		];
		const ar = [
			`التقى ${link(pa.id, pa.last.ar)} ${link(pc.id, pc.last.ar)}. ${sentence(AR_WORDS, 20)}.`,
			...Array.from({ length: 2 }, () => `${sentence(AR_WORDS, int(40, 70))}.`),
			`${sentence(AR_WORDS, 25)}.`,
		];
		await writeFile(
			join(b, 'meetings', `${id}.mdx`),
			fm([
				`name: { en: ${yaml(title.en)}, ar: ${yaml(title.ar)} }`,
				`date: ${date}`,
				`format: ${format}`,
				...(format === 'in-person' ? [`city: ${pick(cities).id}`] : []),
				`sides: [${pa.id}, ${pc.id}]`,
				...(summit ? [`summit: ${summit.id}`] : []),
				`topics: [${topicIds.join(', ')}]`,
				`summary: { en: ${yaml(sentence(EN_WORDS, 16))}, ar: ${yaml(sentence(AR_WORDS, 16))} }`,
				...(rarely(0.2) ? ['inferred:', '  date: { en: The source gives no year., ar: لا يذكر المصدر السنة. }'] : []),
				...(disputed
					? [
							'disputes:',
							'  - fact: date',
							'    about: { en: Date of the meeting, ar: تاريخ الاجتماع }',
							'    variants:',
							`      - value: { en: ${yaml(date)}, ar: ${yaml(date)} }`,
							`        cites: [${int(1, 10)}]`,
							`      - value: { en: "${date.slice(0, 8)}29", ar: "${date.slice(0, 8)}29" }`,
							`        cites: [{ source: ${others[0]}, p: ${int(1, 10)} }]`,
						]
					: []),
				`source: ${source}`,
				`cites: [${int(1, 10)}]`,
			]) + body(en, ar, others),
		);
	}

	for (const p of people) {
		const events = p.events.slice(0, 3);
		const en = [
			`${p.first.en} ${p.last.en} is a minister of ${link(p.country.id, `${p.country.name.en}ia`)}. ${sentence(EN_WORDS, 18)}.`,
			`${events.length ? `Took part in ${events.map((e) => link(e, e)).join(', ')}.` : ''} ${sentence(EN_WORDS, int(40, 70))}.`,
			`${sentence(EN_WORDS, int(30, 60))}.`,
			`${sentence(EN_WORDS, 25)}.`,
		];
		const ar = [
			`${p.first.ar} ${p.last.ar} وزير في ${link(p.country.id, `${p.country.name.ar}يا`)}. ${sentence(AR_WORDS, 18)}.`,
			`${events.length ? `شارك في ${events.map((e) => link(e, e)).join('، ')}.` : ''} ${sentence(AR_WORDS, int(40, 70))}.`,
			`${sentence(AR_WORDS, int(30, 60))}.`,
			`${sentence(AR_WORDS, 25)}.`,
		];
		// The paragraph cited for the person's office names them, as the checker requires.
		const cited = int(1, 10);
		nameIn(p.source, cited, { en: `${p.first.en} ${p.last.en}`, ar: `${p.first.ar} ${p.last.ar}` });
		await writeFile(
			join(b, 'people', `${p.id}.mdx`),
			fm([
				`name: { en: ${yaml(`${p.first.en} ${p.last.en}`)}, ar: ${yaml(`${p.first.ar} ${p.last.ar}`)} }`,
				`shortName: { en: ${yaml(p.last.en)}, ar: ${yaml(p.last.ar)} }`,
				`spellings: [${yaml(`${p.first.ru} ${p.last.ru}`)}, ${yaml(p.last.en.replace(/([aeiou])/, '$1$1'))}]`,
				`office: { en: ${yaml(`Minister of ${pick(EN_WORDS)}`)}, ar: ${yaml(`وزير ${pick(AR_WORDS)}`)} }`,
				`country: ${p.country.id}`,
				`summary: { en: ${yaml(sentence(EN_WORDS, 16))}, ar: ${yaml(sentence(AR_WORDS, 16))} }`,
				`source: ${p.source}`,
				`cites: [${cited}]`,
			]) + body(en, ar, otherSources(p.source)),
		);
	}
	await writeSources();

	const holders = new Map<string, number>();
	for (const p of people) holders.set(p.last.en, (holders.get(p.last.en) ?? 0) + 1);
	const surnames = people
		.filter((p) => holders.get(p.last.en) === 1)
		.slice(0, 40)
		.map((p) => ({ id: p.id, en: p.last.en, ar: p.last.ar }));
	return {
		briefings: count,
		people: people.map((p) => p.id),
		names: people.slice(0, 40).map((p) => p.last.en),
		surnames,
	};
}
