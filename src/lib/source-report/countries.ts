/**
 * Countries as a source may name them: by a name (in the source's language
 * too, from CLDR through `Intl.DisplayNames`, so "Казахстан" and "Chine" are
 * known without a spelling) or only by the adjective (Kazakh, китайский,
 * «الصيني», chinois). CLDR has no list of adjectives, so they come from:
 *
 * 1. the country's `adjectives`, when the collection lists them (for the
 *    irregular ones: French, American, «الأمريكي»);
 * 2. the name of the country's own language in each language (CLDR), when it
 *    is the country's: German for Germany gives немецкий and «الألمانية», but
 *    Russian is not Kazakhstan's adjective, so a language counts only when its
 *    English name is an adjective of the English country name by rule 3;
 * 3. a rule of how each script makes them from the name:
 *    - Latin: the name's first letters (four at least, or the whole name) and
 *      a demonym ending of the language (-an, -ian, -ese, -ish, -i; French
 *      -ais, -ois, -ien; Turkish -li), the name having lost at most its own
 *      ending (-a, -y, -ia, -stan, -iye): Kazakh, Kazakhstani, Chinese, Turkish;
 *    - Cyrillic: a stem and -ский/-цкий in any case, the stem being the name
 *      less its ending (-ия, -я, -а, -й, -ь, -стан): казахстанский, китайский,
 *      турецкий, российский, белорусский, узбекский;
 *    - Arabic: the nisba, the name (article and final ا or يا off) with ي, ية,
 *      يون, يين: «الصيني» for «الصين», «التركية» for «تركيا», «الكازاخي» for
 *      «كازاخستان».
 */
import { regionCodes } from './calendar.ts';
import { scriptOf } from './text.ts';
import { arabicReadings, baseLanguage, foldWord } from './word-forms.ts';

export interface CountryNames {
	/** ISO 3166-1 alpha-2 code, lower case (the collection's country id). */
	code: string;
	/** Its names in any language and script. */
	names: string[];
	/** Adjectives the collection lists for it. */
	adjectives: string[];
}

const LATIN_DEMONYM_ENDINGS: Readonly<Record<string, readonly string[]>> = {
	en: ['', 's', 'i', 'is', 'n', 'ns', 'an', 'ans', 'ian', 'ians', 'ean', 'eans', 'ese', 'ish', 'ic'],
	fr: ['', 's', 'e', 'es', 'ais', 'aise', 'aises', 'ois', 'oise', 'oises', 'ien', 'iens', 'ienne', 'iennes', 'en', 'ens', 'enne', 'ennes', 'ain', 'aine', 'ains', 'aines', 'i', 'is', 'ie', 'ies', 'an', 'ane', 'ans', 'anes', 'ite', 'ites'],
	tr: ['', 'li', 'lu', 'ca', 'ce', 'ler', 'lar', 'liler', 'lular'],
	de: ['', 'e', 'en', 'er', 'es', 'isch', 'ische', 'ischen', 'ischer', 'isches', 'i', 'ier'],
	es: ['', 'o', 'a', 'os', 'as', 'ano', 'ana', 'anos', 'anas', 'ense', 'enses', 'es', 'i', 'ies', 'ino', 'ina'],
}; // prettier-ignore
const LATIN_NAME_ENDINGS = ['', 'a', 'e', 'y', 'ia', 'ie', 'ya', 'iye', 'ey', 'stan', 'istan', 'en', 'ien', 'o'];
const MIN_LATIN_STEM = 4;

const CYRILLIC_ADJECTIVE = /^(.{3,}?)([сц])к(?:ий|ая|ое|ие|ого|ому|ой|ую|им|ом|их|ими|ей|ых|ым|ыми|ие)$/u;
const CYRILLIC_NAME_ENDING = /(?:ия|ья|я|а|й|ь)$/u;
const CYRILLIC_BASE_EXTRA = ['', 'й', 'ий', 'ь', 'уз'];
const CYRILLIC_NAME_EXTRA = ['', 'с', 'стан', 'истан'];

const NISBA = /(?:ي|يه|يون|يين|يان|يتين|يات)$/u;
const ARABIC_NAME_EXTRA = ['', 'ستان'];

/** The name of a country, one word, folded, in the given script. */
function oneWordNames(names: readonly string[], script: string): string[] {
	return names.filter((n) => !/\s/.test(n.trim()) && scriptOf(n) === script).map(foldWord);
}

function latinAdjective(word: string, name: string, endings: readonly string[]): boolean {
	let common = 0;
	while (common < word.length && word[common] === name[common]) common++;
	for (let cut = common; cut >= 3; cut--) {
		if (cut < MIN_LATIN_STEM && cut !== name.length) continue;
		if (endings.includes(word.slice(cut)) && LATIN_NAME_ENDINGS.includes(name.slice(cut))) return true;
	}
	return false;
}

function cyrillicAdjective(word: string, name: string): boolean {
	const match = CYRILLIC_ADJECTIVE.exec(word);
	if (!match) return false;
	// турецкий: the ц of -цкий is the stem's (Турция), with a fleeting е before it.
	const base = (match[1]! + (match[2] === 'ц' ? 'ц' : '')).replace(/ец$/u, 'ц');
	const stem = name.replace(CYRILLIC_NAME_ENDING, '');
	if (stem.length < 3) return false;
	if (base.startsWith(stem)) return CYRILLIC_BASE_EXTRA.includes(base.slice(stem.length));
	return stem.startsWith(base) && CYRILLIC_NAME_EXTRA.includes(stem.slice(base.length));
}

function arabicStems(name: string): string[] {
	const bare = name.replace(/^ال/u, '');
	return [...new Set([bare, bare.replace(/يا$/u, ''), bare.replace(/ا$/u, '')])].filter((s) => s.length >= 2);
}

function arabicAdjective(word: string, name: string): boolean {
	return arabicReadings(word).some((reading) => {
		if (!NISBA.test(reading)) return false;
		const base = reading.replace(NISBA, '');
		return arabicStems(name).some(
			(stem) => base.length >= 2 && stem.startsWith(base) && ARABIC_NAME_EXTRA.includes(stem.slice(base.length)),
		);
	});
}

/** True when `word` is, by the rule of its script, an adjective of a country called `names`. */
export function isAdjectiveByRule(word: string, names: readonly string[], language: string): boolean {
	return adjectiveIndex([{ id: '', names }], language)(word) !== undefined;
}

/**
 * A lookup from a word to the country it is the adjective of (by rule 3),
 * built once for many countries: names are filed by their first letters, so
 * a word is compared with the few names it could come from.
 */
export function adjectiveIndex(
	countries: readonly { id: string; names: readonly string[] }[],
	language: string,
): (word: string) => string | undefined {
	const byStart = new Map<string, { id: string; name: string; script: string }[]>();
	for (const { id, names } of countries)
		for (const script of ['Latin', 'Cyrillic', 'Arabic'])
			for (const name of oneWordNames(names, script)) {
				const start = script === 'Arabic' ? arabicStems(name)[0]?.slice(0, 2) : name.slice(0, 3);
				if (!start) continue;
				byStart.set(start, [...(byStart.get(start) ?? []), { id, name, script }]);
			}
	const endings = LATIN_DEMONYM_ENDINGS[baseLanguage(language)] ?? LATIN_DEMONYM_ENDINGS['en']!;
	return (word) => {
		const script = scriptOf(word);
		const folded = foldWord(word);
		if (script === 'Arabic') {
			const starts = new Set(arabicReadings(folded).map((r) => r.slice(0, 2)));
			for (const start of starts)
				for (const c of byStart.get(start) ?? [])
					if (c.script === script && arabicAdjective(folded, c.name)) return c.id;
			return undefined;
		}
		if (script === 'Cyrillic' && !CYRILLIC_ADJECTIVE.test(folded)) return undefined;
		for (const c of byStart.get(folded.slice(0, 3)) ?? []) {
			if (c.script !== script) continue;
			if (script === 'Latin' && c.name !== folded && latinAdjective(folded, c.name, endings)) return c.id;
			if (script === 'Cyrillic' && cyrillicAdjective(folded, c.name)) return c.id;
		}
		return undefined;
	};
}

const LANGUAGES_OF_NAMES = ['en', 'ar', 'ru'];
const displayNames = new Map<string, Intl.DisplayNames>();

/** CLDR's name of a region or a language, in a language; undefined when it has none. */
export function displayName(lang: string, type: 'region' | 'language', code: string): string | undefined {
	const key = `${lang}|${type}`;
	let names = displayNames.get(key);
	if (!names) {
		names = new Intl.DisplayNames(lang, { type, fallback: 'none' });
		displayNames.set(key, names);
	}
	try {
		return names.of(code);
	} catch {
		return undefined;
	}
}

/** A country's names as CLDR gives them in the source's language, English, Arabic and Russian. */
export function cldrNames(code: string, language: string): string[] {
	const names = new Set<string>();
	for (const lang of new Set([baseLanguage(language), ...LANGUAGES_OF_NAMES])) {
		const name = displayName(lang, 'region', code.toUpperCase());
		if (name) names.add(name);
	}
	return [...names];
}

/**
 * The country's own language's name in each language, when it is the
 * country's adjective (rule 2): "German", "немецкий", «الألمانية».
 */
export function languageAdjectives(code: string, language: string): string[] {
	let own: string;
	try {
		own = new Intl.Locale(`und-${code.toUpperCase()}`).maximize().language;
	} catch {
		return [];
	}
	const english = displayName('en', 'language', own);
	const country = displayName('en', 'region', code.toUpperCase());
	if (!english || !country || !isAdjectiveByRule(english, [country], 'en')) return [];
	const names = new Set<string>();
	for (const lang of new Set([baseLanguage(language), ...LANGUAGES_OF_NAMES])) {
		const name = displayName(lang, 'language', own);
		if (name && !/\s/.test(name)) names.add(name);
	}
	return [...names];
}

/** Every country CLDR knows, with its names and adjectives, for the countries the collection lacks. */
export function worldCountries(language: string, except: ReadonlySet<string>): CountryNames[] {
	const countries: CountryNames[] = [];
	for (const code of regionCodes()) {
		const lower = code.toLowerCase();
		// Not countries: the EU, the UN, the eurozone, pseudo-regions.
		if (except.has(lower) || /^(?:eu|un|ez|q[m-z]|x[a-jl-z]|zz|aa)$/.test(lower)) continue;
		countries.push({ code: lower, names: cldrNames(lower, language), adjectives: [] });
	}
	return countries;
}
