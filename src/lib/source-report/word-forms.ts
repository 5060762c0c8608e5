/**
 * The forms under which two words count as the same word, whatever their
 * inflection: "Астану" and "Астана", "summits" and "summit", «لتوكاييف» and
 * «توكاييف». Each word gets a small set of keys; two words match when their
 * keys meet.
 *
 * - Latin and Cyrillic words: the folded word (case and diacritics off) and
 *   its Snowball stem (`@orama/stemmers`, in the source's language; Cyrillic
 *   in Russian). Cyrillic also gets its bases: the word less each case ending
 *   that it ends with, because Snowball cuts names inconsistently (Алиев →
 *   али, Алиева → алиев) where "the written form less an ending" always meets.
 * - Arabic words: the folded word with and without the conjunctions,
 *   prepositions and article that Arabic attaches (و ف ب ك ل، ال، لل), and each
 *   of these less the endings search strips (`ARABIC_SUFFIXES` of
 *   `../arabic-stem.ts`). Search's stemmer also strips prefixes again, letter
 *   by letter, which is right for finding pages but joins names: it makes
 *   «الكاميرون» (Cameroon) and «أمير» (emir) one stem.
 */
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { ARABIC_SUFFIXES } from '../arabic-stem.ts';
import { ARTICLE, CONJUNCTIONS, LAM_ARTICLE, PARTICLE_LAYERS } from '../arabic-text.ts';
import { foldName } from '../search-normalize.ts';
import { scriptOf } from './text.ts';

const SNOWBALL: Readonly<Record<string, (word: string) => string>> = {
	de: german,
	en: english,
	es: spanish,
	fr: french,
	it: italian,
	nl: dutch,
	pt: portuguese,
	ru: russian,
	tr: turkish,
	uk: ukrainian,
};

// Russian case and number endings of nouns, adjectives and surnames, longest first.
const RUSSIAN_ENDINGS = [
	'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иями', 'ией',
	'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ых', 'их', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие',
	'ов', 'ев', 'ах', 'ях', 'ам', 'ям', 'ию', 'ии', 'ия',
	'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й',
]; // prettier-ignore

const MIN_KEY = 3;

/** The language of a BCP 47 tag: `ru` for `ru-RU`. */
export function baseLanguage(tag: string): string {
	return tag.toLowerCase().split('-')[0] ?? tag;
}

/**
 * A word folded as names are (case, diacritics, Arabic letter forms), dotless
 * ı as i. Russian й keeps its breve: it is a letter of its own, and the case
 * endings (-ий, -ой) are written with it.
 */
export function foldWord(word: string): string {
	return word.split(/[йЙ]/u).map(foldName).join('й').replace(/ı/g, 'i').replace(/\s+/g, '');
}

/** The parts of a hyphenated word, each matched on its own ("Kassym-Jomart" is Kassym and Jomart). */
export function partsOf(word: string): string[] {
	return word.split(/[‐‑-]/).filter(Boolean);
}

/** The Snowball stemmer for a language, if Snowball has one. */
export function snowballFor(language: string): ((word: string) => string) | undefined {
	return SNOWBALL[baseLanguage(language)];
}

// The possessive 's of English, and in Turkish the case ending a name takes after an apostrophe (Astana'da).
function withoutApostrophe(word: string, language: string): string {
	const lang = baseLanguage(language);
	if (lang === 'tr' || lang === 'az') return word.replace(/['’].*$/u, '');
	return word.replace(/['’]s$/iu, '').replace(/['’]/gu, '');
}

/** The bases of a Russian word: the word less each case ending it ends with. */
function russianBases(folded: string): string[] {
	return RUSSIAN_ENDINGS.filter((e) => folded.endsWith(e) && folded.length - e.length >= MIN_KEY).map((e) =>
		folded.slice(0, -e.length),
	);
}

/** لل at the start of a word, after a conjunction or not: ل + ال, to be read as its layers. */
const LAM_ARTICLE_START = new RegExp(`^([${CONJUNCTIONS.join('')}]?)${LAM_ARTICLE}`, 'u');

/**
 * An Arabic word with and without what is attached before it, every reading
 * that leaves at least three letters (و+ال+صين, ال+صين, صين). `لل` is ل + ال.
 */
export function arabicReadings(folded: string): string[] {
	const readings = new Set([folded]);
	const word = folded.replace(LAM_ARTICLE_START, `$1ل${ARTICLE}`);
	const layers = PARTICLE_LAYERS.exec(word)?.groups ?? {};
	const prefixes = [layers['conjunction'], layers['preposition'], layers['article']].filter((p): p is string => !!p);
	// Each particle may be a particle or the word's own first letter: try every cut along the layers.
	let cut = 0;
	for (const prefix of prefixes) {
		cut += prefix.length;
		const rest = word.slice(cut);
		if (rest.length >= MIN_KEY) readings.add(rest);
	}
	return [...readings];
}

/** An Arabic word less its endings (plural, dual, pronoun, nisba, ta marbuta), as search strips them. */
export function withoutArabicEndings(word: string): string {
	let stem = word;
	for (let changed = true; changed;) {
		changed = false;
		for (const suffix of ARABIC_SUFFIXES)
			if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_KEY - 1) {
				stem = stem.slice(0, -suffix.length);
				changed = true;
			}
	}
	return stem;
}

/**
 * The keys of one word (one part of a hyphenated word) in a text of
 * `language`. A word of a name (`name`) keeps its Arabic endings: «البحرين»
 * is not «بحر» with a dual ending, though a word of the text may be.
 */
export function wordKeys(word: string, language: string, name = false): string[] {
	// The same words come back again and again (every title and month is tried at every word): keep their keys.
	const id = `${language}|${name ? 1 : 0}|${word}`;
	let keys = keyCache.get(id);
	if (!keys) {
		keys = computeKeys(word, language, name);
		if (keyCache.size > 200_000) keyCache.clear();
		keyCache.set(id, keys);
	}
	return keys;
}

const keyCache = new Map<string, string[]>();

function computeKeys(word: string, language: string, name: boolean): string[] {
	const script = scriptOf(word);
	const folded = foldWord(withoutApostrophe(word, language));
	if (folded === '') return [];
	const keys = new Set([folded]);
	if (script === 'Arabic') {
		for (const reading of arabicReadings(folded)) {
			keys.add(reading);
			const stem = withoutArabicEndings(reading);
			if (!name && stem.length >= MIN_KEY) keys.add(stem);
		}
		return [...keys];
	}
	if (/^\p{N}+$/u.test(folded)) return [...keys];
	const stem =
		snowballFor(script === 'Cyrillic' && !['uk', 'bg', 'be'].includes(baseLanguage(language)) ? 'ru' : language) ??
		(script === 'Latin' ? english : undefined);
	const stemmed = stem?.(folded);
	if (stemmed && stemmed.length >= MIN_KEY) keys.add(stemmed);
	if (script === 'Cyrillic') for (const base of russianBases(folded)) keys.add(base);
	return [...keys];
}

/** True when two key sets share a key. */
export function meet(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): boolean {
	const [small, large] = [a, b].map((k) => (k instanceof Set ? k : new Set(k))) as [Set<string>, Set<string>];
	for (const key of small) if (large.has(key)) return true;
	return false;
}
