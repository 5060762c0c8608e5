/**
 * The rules of written Arabic that search, the stemmer, the mention finder,
 * the new-source report and the checker's orthography rules share: which
 * marks are invisible, which letters other keyboards type, which spellings
 * of a letter a reader takes for one, and which particles Arabic writes onto
 * the next word. Each rule lives here once; the modules compose them.
 */

/**
 * Marks a reader does not see as letters: harakat and the Quranic small marks,
 * the superscript alef, tatweel, the Arabic letter mark, direction marks,
 * embeddings and isolates, and the zero-width joiners (apart from the class,
 * which would read them as joining their neighbours).
 */
const INVISIBLE =
	/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\u200C|\u200D/g;

/** The tatweel (kashida), which draws a joined letter out. */
export const TATWEEL = '\u0640';

/** The Persian and Urdu shapes other keyboards type for yeh, kaf, heh and ta marbuta. */
const KEYBOARD_FORMS: Readonly<Record<string, string>> = {
	'\u06CC': '\u064A', // Farsi yeh
	'\u06CD': '\u064A', // yeh with tail
	'\u06D0': '\u064A', // e
	'\u06A9': '\u0643', // keheh
	'\u06AA': '\u0643', // swash kaf
	'\u06D5': '\u0647', // ae
	'\u06BE': '\u0647', // heh doachashmee
	'\u06C1': '\u0647', // heh goal
	'\u06C0': '\u0629', // heh with yeh above, a ta marbuta in Persian spelling
	'\u06C3': '\u0629', // ta marbuta goal
};

/**
 * Spellings of a letter that readers take for one: hamza seats and wasla on
 * alef, alef maqsura, and ta marbuta (which light stemming folds into heh).
 */
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
	'\u0623': '\u0627', // alef with hamza above
	'\u0625': '\u0627', // alef with hamza below
	'\u0622': '\u0627', // alef with madda
	'\u0671': '\u0627', // alef wasla
	'\u0649': '\u064A', // alef maqsura
	'\u0629': '\u0647', // ta marbuta
};

const classOf = (letters: Readonly<Record<string, string>>) => new RegExp(`[${Object.keys(letters).join('')}]`, 'g');
const KEYBOARD_LETTER = classOf(KEYBOARD_FORMS);
const VARIANT_LETTER = classOf(LETTER_VARIANTS);

/**
 * Arabic as standard Arabic script writes it, whatever keyboard typed it and
 * with nothing invisible: NFC, invisible marks removed, Persian and Urdu
 * letter shapes replaced by the Arabic letters. Every spelling a reader wrote
 * is kept (a hamza, a ta marbuta).
 */
export function standardArabic(text: string): string {
	return text
		.normalize('NFC')
		.replace(INVISIBLE, '')
		.replace(KEYBOARD_LETTER, (c) => KEYBOARD_FORMS[c] ?? c);
}

/**
 * One spelling for every way of writing an Arabic word that differs only in
 * vowel marks, stretching, hamza seats on alef, final letter shapes, keyboard
 * or invisible joiners, so such spellings match each other.
 */
export function normalizeArabic(text: string): string {
	return standardArabic(text).replace(VARIANT_LETTER, (c) => LETTER_VARIANTS[c] ?? c);
}

/** The conjunctions Arabic writes onto the next word: و (and), ف (so). */
export const CONJUNCTIONS = ['\u0648', '\u0641'] as const;
/** The prepositions it writes onto the next word: ب (with, in), ك (as), ل (to, for). */
export const PREPOSITIONS = ['\u0628', '\u0643', '\u0644'] as const;
/** The definite article. */
export const ARTICLE = '\u0627\u0644';
/** ل before the article: ل + ال, written with the alef dropped. */
export const LAM_ARTICLE = '\u0644\u0644';

/** A regular-expression class of the one-letter particles: `[وفبكل]`. */
export const PARTICLE_CLASS = `[${CONJUNCTIONS.join('')}${PREPOSITIONS.join('')}]`;

/**
 * The article alone and fused with one particle, longest first: وال بال كال
 * فال لل ال (ل + ال is written لل).
 */
export const ARTICLE_FORMS: readonly string[] = [
	...[...CONJUNCTIONS, ...PREPOSITIONS].filter((p) => p !== '\u0644').map((p) => p + ARTICLE),
	LAM_ARTICLE,
	ARTICLE,
];

/** A word that begins with the article, alone, after one particle, or as لل. */
export const DEFINITE_START = new RegExp(`^(?:${PARTICLE_CLASS}?${ARTICLE}|${LAM_ARTICLE})`, 'u');

/**
 * The particles in front of a word, each an optional layer in the order
 * Arabic stacks them: a conjunction, a preposition, the article.
 */
export const PARTICLE_LAYERS = new RegExp(
	`^(?<conjunction>[${CONJUNCTIONS.join('')}])?(?<preposition>[${PREPOSITIONS.join('')}])?(?<article>${ARTICLE})?`,
	'u',
);
