/**
 * Names in a paragraph that the collection does not know. What counts as a
 * name, by script (the heuristics the README documents):
 *
 * - Latin and Cyrillic: a run of capitalised words (an acronym counts; a
 *   hyphenated word is one word), joined across the particles of personal
 *   names (bin, al, de, van…) and, after an institution's word (Conference,
 *   Council…), across "of", "on", "and". A run stops at a title, a month or
 *   weekday, a known entity or a country's adjective, so "Белоруссии Александр
 *   Лукашенко" is the country and the man apart. The first word of a sentence
 *   is a name only if it is no common word: not a stopword, not written in
 *   lower case elsewhere in the source, and in English not a verb,
 *   determiner, plural or the like for `compromise`; alone, it must also be
 *   written with its capital inside a sentence somewhere, or (English) be
 *   read as a proper noun.
 * - Arabic, which has no capitals: the words after a title or a cue
 *   («الرئيس», «رئيس الوزراء», «الشيخ», «نظيره», «مدينة», «العاصمة»), past a
 *   country or its adjective («الرئيس الكازاخستاني»), through the particles
 *   of a name (بن، آل، أبو، عبد), until a stopword, a word with the article,
 *   a conjunction, punctuation or a known entity: «تميم بن حمد آل ثاني» whole.
 *
 * Months, weekdays, titles and words of a known entity's name are never names.
 */
import { ara, deu, eng, fra, ita, por, rus, spa, tur, ukr } from 'stopword';
import { DEFINITE_START } from '../arabic-text.ts';
import { isCalendarWord } from './calendar.ts';
import { englishStart, type Tags } from './english.ts';
import type { Token } from './text.ts';
import { titleAt } from './titles.ts';
import { baseLanguage, foldWord, partsOf, wordKeys } from './word-forms.ts';

export interface Candidate {
	/** First and last token. */
	first: number;
	last: number;
}

export interface Context {
	tokens: readonly Token[];
	language: string;
	/** Tokens inside a known entity's mention (or a country's). */
	covered: ReadonlySet<number>;
	/** Tokens that name a country, known or not (a name in Arabic starts after them). */
	countries: ReadonlySet<number>;
	/** Keys of every word of every known entity's name. */
	knownWords: ReadonlySet<string>;
	/** Folded words the source writes in lower case somewhere, and with a capital inside a sentence. */
	lowerWords: ReadonlySet<string>;
	capitalWords: ReadonlySet<string>;
	/** English: compromise's tags of each token. */
	tags?: Tags;
}

const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
	ar: ara, de: deu, en: eng, es: spa, fr: fra, it: ita, pt: por, ru: rus, tr: tur, uk: ukr,
}; // prettier-ignore
const stopwordSets = new Map<string, Set<string>>();

/** The stopwords of a language (the `stopword` package's list), folded. */
export function stopwords(language: string): Set<string> {
	const lang = baseLanguage(language);
	let set = stopwordSets.get(lang);
	if (!set) {
		// «بن» (son of) is in the Arabic list, but inside a name it joins, not stops; the list's vowelled
		// words are classical interjections («وَيْ») that a modern name may spell («تشانغ وي»).
		const words = [...(STOPWORDS[lang] ?? []), ...(lang === 'en' ? [] : eng)].filter(
			(w) => !/[\u064B-\u0652]/u.test(w),
		);
		set = new Set(words.map(foldWord).filter((w) => w !== 'بن'));
		stopwordSets.set(lang, set);
	}
	return set;
}

// Particles inside personal names, in lower case between capitalised words.
const NAME_PARTICLES = new Set([
	'bin',
	'ibn',
	'bint',
	'al',
	'el',
	'de',
	'du',
	'da',
	'dos',
	'van',
	'von',
	'der',
	'den',
	'di',
	'del',
	'la',
	'le',
	'бен',
	'ибн',
	'аль',
	'эль',
	'де',
	'ван',
	'фон',
]);
// Words inside institutions' names, after an institution's word.
const INSTITUTION_LINKS = new Set([
	'of',
	'on',
	'and',
	'for',
	'the',
	'in',
	'de',
	'du',
	'des',
	'pour',
	'et',
	'по',
	'и',
	'в',
]);
const INSTITUTIONS = new Set([
	'organisation', 'organization', 'conference', 'council', 'union', 'commission', 'bank', 'forum', 'treaty',
	'agency', 'fund', 'assembly', 'association', 'community', 'institute', 'committee', 'league', 'movement',
	'secretariat', 'congress', 'federation', 'centre', 'center', 'court', 'university', 'parliament', 'ministry',
	'programme', 'program', 'initiative', 'partnership', 'alliance', 'cooperation', 'dialogue',
]); // prettier-ignore
// Capitalised words that name no one by themselves.
const GENERIC = new Set([
	...INSTITUTIONS, 'republic', 'kingdom', 'state', 'states', 'summit', 'government', 'region', 'city', 'capital',
	'declaration', 'statement', 'agreement', 'memorandum', 'communique', 'charter', 'plan', 'corridor', 'treaty',
	'etat', 'estado', 'stato',
]); // prettier-ignore
// Romance languages write an institution's name with one capital: "Banque d'investissement turcique".
const ROMANCE_INSTITUTIONS = new Set([
	'banque', 'organisation', 'conference', 'conseil', 'union', 'commission', 'fonds', 'forum', 'agence', 'assemblee',
	'communaute', 'parlement', 'cour', 'comite', 'banco', 'organizacion', 'consejo', 'comision', 'fondo', 'agencia',
]); // prettier-ignore
const ROMANCE_LINKS = new Set(['de', 'du', 'des', 'pour', 'et', 'la', 'del', 'para', 'y', 'di', 'per', 'e']);
const ROMANCE_ADJECTIVE =
	/(?:ique|iques|ien|ienne|iens|iennes|ais|aise|al|ale|aux|ales|aire|aires|if|ive|ifs|ives|el|elle|els|elles|ain|aine|ano|ana|ico|ica|ese|ale)$/u;
// Russian writes a name's first word with a capital only: "Транскаспийский международный транспортный маршрут".
const RUSSIAN_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$/u;
// A sea or a lake is named with a common noun in lower case before the capital: "la mer Caspienne", "Каспийское море".
const GEO_NOUNS: Readonly<Record<string, readonly string[]>> = {
	fr: ['mer', 'lac', 'golfe', 'mont', 'fleuve', 'détroit', 'île', 'canal'],
	es: ['mar', 'lago', 'golfo', 'monte', 'río', 'isla'],
	it: ['mare', 'lago', 'golfo', 'monte', 'fiume', 'isola'],
	ru: ['море', 'озеро', 'река', 'залив', 'остров', 'канал'],
};
// A patronymic: "Владимир Владимирович Путин" is one man, not a place and a name.
const PATRONYMIC = /(?:вич|вна|ична|оглы|кызы)$/u;
// Genitive endings of a place before a name: "президент Туркмении Сердар Аманов".
const GENITIVE_PLACE = /(?:ии|ы|и|а|я)$/u;

// Arabic cues: after these a name follows (titles come from titles.ts).
const ARABIC_PLACE_CUES = [
	'مدينة', 'عاصمة', 'بحر', 'بحيرة', 'نهر', 'ميناء', 'مطار', 'جزيرة', 'إقليم', 'منطقة',
	// Visiting is visiting a place: «سيزور مينسك».
	'زار', 'يزور', 'سيزور', 'تزور', 'ستزور',
].map(foldWord); // prettier-ignore
const ARABIC_NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ال', 'ابو', 'عبد']);
const ARABIC_MAX_NAME = 6;
// Words after a title that begin no name: «رئيس مجلس الوزراء», «رئيس وفد».
const ARABIC_GENERIC = new Set(
	['مجلس', 'لجنة', 'حكومة', 'هيئة', 'وفد', 'جمهورية', 'مملكة', 'دولة', 'منظمة', 'شركة'].map(foldWord),
);
const BREAK = /[^\s‐‑-]/u;

function fold(token: Token): string {
	return foldWord(token.text);
}

function isTitleAt(ctx: Context, i: number): number | undefined {
	return titleAt(ctx.tokens, i, ctx.language)?.last;
}

function isKnownWord(ctx: Context, token: Token): boolean {
	return partsOf(token.text).every((part) => wordKeys(part, ctx.language).some((k) => ctx.knownWords.has(k)));
}

/** Candidate names of a paragraph, in order. */
export function unknownNameCandidates(ctx: Context): Candidate[] {
	return [...casedRuns(ctx), ...arabicNames(ctx), ...arabicInstitutions(ctx)].sort((a, b) => a.first - b.first);
}

// Words that open an institution's name in Arabic, whole with what names it: «جهاز قطر للاستثمار», «شركة أرامكو».
const ARABIC_INSTITUTIONS = ['جهاز', 'صندوق', 'بنك', 'هيئة', 'وكالة', 'شركة', 'مصرف'].map(foldWord);

/** Arabic institutions: the opening word, a country or a name, and what it is for (لل…), with the opening word. */
function arabicInstitutions(ctx: Context): Candidate[] {
	const { tokens } = ctx;
	const found: Candidate[] = [];
	const stop = stopwords('ar');
	for (let i = 0; i + 1 < tokens.length; i++) {
		const keys = wordKeys(tokens[i]!.text, ctx.language);
		if (
			tokens[i]!.script !== 'Arabic' ||
			!ARABIC_INSTITUTIONS.some((w) => keys.includes(w)) ||
			BREAK.test(tokens[i]!.after)
		)
			continue;
		const next = tokens[i + 1]!;
		const word = fold(next);
		const country = ctx.countries.has(i + 1);
		const named =
			!country && next.script === 'Arabic' && !ctx.covered.has(i + 1) && !stop.has(word) && !DEFINITE_START.test(word);
		if (!country && !named) continue;
		let last = i + 1;
		while (
			last + 1 < tokens.length &&
			last - i < 4 &&
			!BREAK.test(tokens[last]!.after) &&
			/^لل/u.test(fold(tokens[last + 1]!))
		)
			last++;
		// A country alone after the word is a description («جهاز قطري»), not yet a name.
		if (country && last === i + 1) continue;
		found.push({ first: i, last });
		i = last;
	}
	return found;
}

function nameLike(ctx: Context, i: number): boolean {
	const token = ctx.tokens[i];
	if (!token || !token.capital || token.number || ctx.covered.has(i)) return false;
	if (isCalendarWord(token.text, ctx.language)) return false;
	const tags = ctx.tags?.(token);
	return !(tags && (tags.has('Demonym') || tags.has('Honorific') || tags.has('Date')));
}

/** Latin and Cyrillic: runs of capitalised words. */
function casedRuns(ctx: Context): Candidate[] {
	const { tokens } = ctx;
	const found: Candidate[] = [];
	let afterTitle = false;
	for (let i = 0; i < tokens.length; i++) {
		const title = isTitleAt(ctx, i);
		if (title !== undefined) {
			i = title;
			afterTitle = true;
			continue;
		}
		if (!nameLike(ctx, i)) {
			afterTitle = false;
			continue;
		}
		const run = [i];
		let j = i + 1;
		while (j < tokens.length && !BREAK.test(tokens[j - 1]!.after) && isTitleAt(ctx, j) === undefined) {
			if (nameLike(ctx, j)) {
				run.push(j++);
				continue;
			}
			const link = fold(tokens[j]!);
			const head = fold(tokens[run[0]!]!);
			const joins =
				NAME_PARTICLES.has(link) ||
				/^(?:al|el|аль)$/u.test(link) ||
				(INSTITUTION_LINKS.has(link) && INSTITUTIONS.has(head));
			if (joins && !BREAK.test(tokens[j]!.after) && nameLike(ctx, j + 1)) {
				run.push(j, j + 1);
				j += 2;
				continue;
			}
			break;
		}
		const extended = extendLowerCase(ctx, run);
		i = extended.at(-1)!;
		// "президент Туркмении Сердар Аманов": after a title, a place in the genitive, then the man.
		if (afterTitle && splitsPlace(ctx, extended)) {
			const place = trimRun(ctx, [extended[0]!]);
			if (place) found.push(place);
			extended.shift();
		}
		afterTitle = false;
		const name = trimRun(ctx, extended);
		if (name) found.push(withGeoNoun(ctx, name));
	}
	return found;
}

function splitsPlace(ctx: Context, run: readonly number[]): boolean {
	const words = run.map((i) => ctx.tokens[i]!);
	return (
		words.length >= 3 &&
		words[0]!.script === 'Cyrillic' &&
		GENITIVE_PLACE.test(fold(words[0]!)) &&
		!words.some((w) => PATRONYMIC.test(fold(w)))
	);
}

/**
 * The words in lower case that belong to a name whose language capitalises
 * only its first word: a Romance institution ("Banque d'investissement
 * turcique": its adjectives, and nouns after de/d'), and a Russian name that
 * opens with an adjective (its adjectives and one noun).
 */
function extendLowerCase(ctx: Context, run: number[]): number[] {
	const { tokens } = ctx;
	const lang = baseLanguage(ctx.language);
	const last = run.at(-1)!;
	const head = tokens[last]!;
	const romance = ['fr', 'es', 'it', 'pt'].includes(lang) && ROMANCE_INSTITUTIONS.has(fold(head));
	const russian =
		head.script === 'Cyrillic' && !head.sentenceStart && RUSSIAN_ADJECTIVE.test(fold(head)) && run.length === 1;
	if (!romance && !russian) return run;
	const stop = stopwords(ctx.language);
	const out = [...run];
	let linked = false;
	for (let j = last + 1; j < tokens.length && j <= last + 5; j++) {
		if (BREAK.test(tokens[j - 1]!.after)) break;
		const token = tokens[j]!;
		const word = fold(token);
		// After de/d', a capital goes on: "Organisation de coopération de Shanghai".
		const linkedCapital = romance && (linked || token.elided !== undefined) && token.capital && !ctx.covered.has(j);
		if ((token.capital && !linkedCapital) || token.number || ctx.covered.has(j)) break;
		if (romance) {
			if (ROMANCE_LINKS.has(word)) {
				linked = true;
				continue;
			}
			if (stop.has(word)) break;
			const ok = linked || token.elided !== undefined || ROMANCE_ADJECTIVE.test(word);
			if (!ok) break;
			for (let k = out.at(-1)! + 1; k <= j; k++) out.push(k);
			linked = false;
			continue;
		}
		if (stop.has(word)) break;
		for (let k = out.at(-1)! + 1; k <= j; k++) out.push(k);
		// Adjectives go on; the first noun ends the name.
		if (!RUSSIAN_ADJECTIVE.test(word)) break;
	}
	return out;
}

/** "Caspienne" after "la mer" is "mer Caspienne". */
function withGeoNoun(ctx: Context, name: Candidate): Candidate {
	const before = ctx.tokens[name.first - 1];
	const nouns = GEO_NOUNS[baseLanguage(ctx.language)];
	if (!before || !nouns || before.capital || BREAK.test(before.after)) return name;
	const keys = wordKeys(before.text, ctx.language);
	const geo = nouns.some((noun) => wordKeys(noun, ctx.language).some((k) => keys.includes(k)));
	return geo ? { first: name.first - 1, last: name.last } : name;
}

function isCommonWord(ctx: Context, token: Token): boolean {
	const word = fold(token);
	if (stopwords(ctx.language).has(word) || ctx.lowerWords.has(word)) return true;
	if (ctx.tags) return englishStart(token, ctx.tags(token)) === 'common';
	return false;
}

/** A run less a common first word of a sentence; alone, such a word needs evidence it is a name. */
function trimRun(ctx: Context, run: number[]): Candidate | undefined {
	const { tokens } = ctx;
	let [first] = run as [number];
	const last = run.at(-1)!;
	if (tokens[first]!.sentenceStart && isCommonWord(ctx, tokens[first]!)) {
		const next = run[1];
		if (next === undefined || next !== first + 1) return undefined;
		first = next;
	}
	const words = run.filter((i) => i >= first).map((i) => tokens[i]!);
	if (words.every((t) => GENERIC.has(fold(t)) || NAME_PARTICLES.has(fold(t)) || INSTITUTION_LINKS.has(fold(t))))
		return undefined;
	if (words.every((t) => isKnownWord(ctx, t))) return undefined;
	if (first === last && tokens[first]!.sentenceStart) {
		const token = tokens[first]!;
		const english = ctx.tags ? englishStart(token, ctx.tags(token)) : 'unknown';
		if (!ctx.capitalWords.has(fold(token)) && english !== 'name' && !(english === 'unknown' && token.acronym))
			return undefined;
	}
	return { first, last };
}

function arabicCueAt(ctx: Context, i: number): number | undefined {
	const title = titleAt(ctx.tokens, i, ctx.language);
	if (title) return title.last;
	const token = ctx.tokens[i]!;
	const keys = wordKeys(token.text, ctx.language);
	return ARABIC_PLACE_CUES.some((cue) => keys.includes(cue)) ? i : undefined;
}

/** Arabic: the words after a title or a cue. */
function arabicNames(ctx: Context): Candidate[] {
	const { tokens } = ctx;
	const found: Candidate[] = [];
	const stop = stopwords('ar');
	for (let i = 0; i < tokens.length; i++) {
		if (tokens[i]!.script !== 'Arabic') continue;
		const cue = arabicCueAt(ctx, i);
		if (cue === undefined) continue;
		const place = titleAt(tokens, i, ctx.language) === undefined;
		// Past the country, its adjective, another title and honorifics: «أمير قطر الشيخ», «الرئيس الكازاخستاني»,
		// and what the title is of: «الأمين العام للمنظمة».
		let j = cue + 1;
		// A minister's portfolio follows the title: «وزير النقل الأذربيجاني».
		const office = titleAt(tokens, i, ctx.language)?.office;
		if (
			office === 'minister' &&
			j < tokens.length &&
			DEFINITE_START.test(fold(tokens[j]!)) &&
			!BREAK.test(tokens[j - 1]!.after)
		)
			j++;
		for (let of = 0; ;) {
			if (BREAK.test(tokens[j - 1]?.after ?? '')) break;
			if (ctx.countries.has(j)) j++;
			else if (j < tokens.length && of < 2 && /^لل/u.test(fold(tokens[j]!))) {
				j++;
				of++;
			} else if (j < tokens.length && tokens[j]!.script === 'Arabic' && arabicCueAt(ctx, j) !== undefined)
				j = arabicCueAt(ctx, j)! + 1;
			else break;
		}
		if (j >= tokens.length || BREAK.test(tokens[j - 1]!.after) || tokens[j]!.script !== 'Arabic') {
			i = j - 1;
			continue;
		}
		const words: number[] = [];
		for (let k = j; k < tokens.length && words.length < ARABIC_MAX_NAME; k++) {
			const token = tokens[k]!;
			const word = fold(token);
			const afterLink = words.length > 0 && ARABIC_NAME_LINKS.has(fold(tokens[words.at(-1)!]!));
			if (token.script !== 'Arabic' || token.number || ctx.covered.has(k)) break;
			if (stop.has(word) && !ARABIC_NAME_LINKS.has(word)) break;
			// A family name in ال…ي ends the name («عبد الرحمن الكواري»); a country's adjective there is covered.
			if (words.length > 0 && !afterLink && /^ال.{2,}ي$/u.test(word) && !ctx.countries.has(k)) {
				words.push(k);
				break;
			}
			// A word with the article or a conjunction starts what follows the name, except after a particle
			// (عبد الله، آل ثاني); و on a word of two letters is the word's own («تشانغ وي»).
			const conjoined = /^و/u.test(word) && word.length >= 4;
			if (words.length > 0 && !afterLink && (DEFINITE_START.test(word) || conjoined) && !ARABIC_NAME_LINKS.has(word))
				break;
			if (words.length === 0 && DEFINITE_START.test(word)) break;
			if (ARABIC_GENERIC.has(word) || arabicCueAt(ctx, k) !== undefined) break;
			if (isCalendarWord(token.text, ctx.language)) break;
			words.push(k);
			if (BREAK.test(token.after)) break;
			// A place after «مدينة» or «بحر» is one word, or two with a particle («أبو ظبي»).
			if (place && !ARABIC_NAME_LINKS.has(word)) break;
		}
		// A name does not end on its particle («تميم بن»).
		while (words.length > 0 && ARABIC_NAME_LINKS.has(fold(tokens[words.at(-1)!]!))) words.pop();
		if (words.length > 0) {
			const name = words.map((k) => tokens[k]!);
			if (!name.every((t) => isKnownWord(ctx, t))) found.push({ first: words[0]!, last: words.at(-1)! });
			i = words.at(-1)!;
		}
	}
	return found;
}
