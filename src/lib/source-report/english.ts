/**
 * English parts of speech from `compromise`, for the words whose capital
 * says nothing: the first word of a sentence is a name only if compromise
 * reads it as one ("Samarkand hosted…"), not a determiner, verb or common
 * plural ("Both…", "Invented…", "Leaders…"). It also knows demonyms
 * ("Kazakh") and honorifics ("President").
 */
import nlp from 'compromise';
import type { Token } from './text.ts';

export type Tags = (token: Token) => ReadonlySet<string>;

const NONE: ReadonlySet<string> = new Set();

/** The tags compromise gives each token of an English paragraph (the union over the terms it covers). */
export function englishTags(paragraph: string): Tags {
	const byStart = new Map<number, { end: number; tags: string[] }>();
	const sentences = nlp(paragraph).json({ offset: true }) as {
		terms: { tags: string[]; offset: { start: number; length: number } }[];
	}[];
	for (const sentence of sentences)
		for (const term of sentence.terms)
			byStart.set(term.offset.start, { end: term.offset.start + term.offset.length, tags: term.tags });
	return (token) => {
		const tags = new Set<string>();
		for (const [start, { end, tags: termTags }] of byStart)
			if (start < token.end && end > token.start) for (const tag of termTags) tags.add(tag);
		return tags.size === 0 ? NONE : tags;
	};
}

/** compromise's dictionary (its model's `one.lexicon`), checked, as its types say only `object`. */
function lexiconOf(model: object): Readonly<Record<string, unknown>> {
	const one = 'one' in model ? model.one : undefined;
	const lexicon = one && typeof one === 'object' && 'lexicon' in one ? one.lexicon : undefined;
	if (!lexicon || typeof lexicon !== 'object') throw new Error('compromise has no lexicon in its model');
	return lexicon as Record<string, unknown>;
}

const lexicon = lexiconOf(nlp.model());

/** True when compromise knows the word (as its dictionary lists it). */
export function isEnglishWord(word: string): boolean {
	return lexicon[word.toLowerCase()] !== undefined;
}

const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Country', 'City'];
// Never a name, whatever else compromise says of the word: "Both", "Invented", "Kazakh", "President".
const FUNCTION_TAGS = [
	'Verb', 'Adjective', 'Adverb', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Value', 'Date',
	'QuestionWord', 'Expression', 'Honorific', 'Demonym',
]; // prettier-ignore
// Common unless compromise also reads a name: "Leaders" (a plural actor), but "TASHKENT" (a proper noun it calls an actor).
const COMMON_TAGS = ['Plural', 'Actor'];
// Endings of English common nouns: a capitalised "Cooperation" at a sentence's start is not a name.
const COMMON_ENDING = /(?:tion|sion|ity|ment|ness|ance|ence|ship|ism|ure|ing|ed|ies|ly)$/u;

/** How compromise reads the first word of a sentence: a name, a common word, or unknown. */
export function englishStart(token: Token, tags: ReadonlySet<string>): 'name' | 'common' | 'unknown' {
	if (FUNCTION_TAGS.some((t) => tags.has(t))) return 'common';
	if (NAME_TAGS.some((t) => tags.has(t))) return 'name';
	if (COMMON_TAGS.some((t) => tags.has(t))) return 'common';
	if (isEnglishWord(token.text) || COMMON_ENDING.test(token.text.toLowerCase())) return 'common';
	return 'unknown';
}
