/**
 * The words and sentences of a source paragraph, with what the name finders
 * need to know of each word: where it is, whether it opens a sentence (where
 * a capital says nothing), its script and its capitals. A hyphenated word
 * ("Kassym-Jomart", "North-South") stays one word.
 */

export type Script = 'Latin' | 'Cyrillic' | 'Arabic' | 'Other';

export interface Token {
	/** The word as written, a French or Italian elision (d', l') left off. */
	text: string;
	/** Where it is in the paragraph, in UTF-16 units. */
	start: number;
	end: number;
	/** Which sentence of the paragraph it is in, from 0. */
	sentence: number;
	/** First word of a sentence, of the paragraph or after a colon: a capital there says nothing. */
	sentenceStart: boolean;
	script: Script;
	/** Begins with a capital letter (Latin and Cyrillic only). */
	capital: boolean;
	/** Two or more letters, every one a capital: an acronym (CICA, ОДКБ). */
	acronym: boolean;
	/** The word is a number: digits of any script, perhaps with a suffix (12th, 12-го). */
	number: boolean;
	/** What stands between this word and the next, trimmed ('' for a space). */
	after: string;
	/** The elision written onto it (d', l'), if any. */
	elided?: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‐‑-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
// French and Italian elisions: l'Organisation, d'Astana, dell'Asia.
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|dell|all|nell|sull)['’](?=\p{L})/iu;
const SENTENCE_END = /[.!?؟…。]/u;
// Abbreviations whose full stop ends no sentence: initials and the commonest titles.
const ABBREVIATION = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Prof|Gov|Sen|Rep|Mt|No|vs|etc|г|гг|им|тов|ул)$/u;

/** The language a text in a script is taken to be in when nothing says otherwise: the languages of the stemmers and cue lists. */
export const LANGUAGE_OF_SCRIPT: Record<Exclude<Script, 'Other'>, string> = {
	Latin: 'en',
	Cyrillic: 'ru',
	Arabic: 'ar',
};

export function scriptOf(word: string): Script {
	const letter = /\p{L}/u.exec(word)?.[0] ?? '';
	if (/\p{Script=Latin}/u.test(letter)) return 'Latin';
	if (/\p{Script=Cyrillic}/u.test(letter)) return 'Cyrillic';
	if (/\p{Script=Arabic}/u.test(letter)) return 'Arabic';
	return 'Other';
}

// The zeros of the digit sets sources use besides ASCII: Arabic-Indic, Persian, Devanagari, full width.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0xff10];

/** Digits of the scripts sources use as ASCII digits (Arabic-Indic ١٣ is 13). */
export function asciiDigits(text: string): string {
	return text.replace(/\p{Nd}/gu, (digit) => {
		const code = digit.codePointAt(0)!;
		const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
		return zero === undefined ? digit : String(code - zero);
	});
}

/** The words of a paragraph; `language` decides whether elisions come off (not in English). */
export function tokenize(paragraph: string, language: string): Token[] {
	const tokens: Token[] = [];
	let sentence = 0;
	let previousEnd = 0;
	for (const match of paragraph.matchAll(WORD)) {
		for (const [text, start, prefix] of pieces(match[0], match.index, language)) {
			// The gap runs to the elision, so "Banque d'investissement" is not broken by its apostrophe.
			const gap = paragraph.slice(previousEnd, start - prefix);
			const previous = tokens.at(-1);
			const ends = previous !== undefined && SENTENCE_END.test(gap) && !abbreviationStop(previous, gap, text);
			if (ends) sentence++;
			if (previous) previous.after = gap.trim();
			const script = scriptOf(text);
			const cased = script === 'Latin' || script === 'Cyrillic';
			const letters = text.replace(/[^\p{L}]/gu, '');
			tokens.push({
				text,
				start,
				end: start + text.length,
				sentence,
				sentenceStart: previous === undefined || ends || /[:\n]/.test(gap),
				script,
				capital: cased && /^\p{Lu}/u.test(letters),
				acronym: cased && letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
				number: /^\p{Nd}/u.test(text),
				after: '',
				...(prefix > 0 ? { elided: paragraph.slice(start - prefix, start) } : {}),
			});
			previousEnd = start + text.length;
		}
	}
	const last = tokens.at(-1);
	if (last) last.after = paragraph.slice(previousEnd).trim();
	return tokens;
}

/** A matched word as tokens: [text, start, length of an elision before it]. */
function pieces(word: string, index: number, language: string): [string, number, number][] {
	// «و14»: Arabic writes "and" onto a number, which is then a word of its own.
	const conjunction = /^([وف])(?=\p{Nd})/u.exec(word);
	if (conjunction) return [[word.slice(1), index + 1, 0]];
	const elision = language.startsWith('en') ? null : ELISION.exec(word);
	if (elision) return [[word.slice(elision[0].length), index + elision[0].length, elision[0].length]];
	return [[word, index, 0]];
}

// "Mr. Smith", "J. Smith" and "12.10.2022" go on; "…in Astana. The…" ends a sentence.
function abbreviationStop(previous: Token, gap: string, next: string): boolean {
	if (gap.trim() !== '.') return false;
	if (previous.number && /^\p{Nd}/u.test(next)) return true;
	return ABBREVIATION.test(previous.text);
}

/** The text a run of tokens covers, as written. */
export function spanText(paragraph: string, tokens: readonly Token[], first: number, last: number): string {
	return paragraph.slice(tokens[first]!.start, tokens[last]!.end);
}
