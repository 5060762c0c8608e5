/**
 * Where a paragraph names an entity: by any of its names, short names and
 * spellings, by its vocabulary, or for a country by its adjective, each word
 * in any inflected form (`word-forms.ts`). The longest match wins, so
 * "Conference on Interaction and Confidence Building Measures in Asia" is one
 * mention, not six words; a name inside it counts too (the organisation in
 * "Sixth CDCA Summit"), and so do two or more words of a person's longer name
 * ("Kassym-Jomart", «رجب طيب»).
 */
import { adjectiveIndex } from './countries.ts';
import { scriptOf, type Token } from './text.ts';
import { foldWord, meet, partsOf, wordKeys } from './word-forms.ts';

export interface Matchable {
	id: string;
	/** Proper names: a one-word name must be written with a capital in Latin and Cyrillic ("Capital", not "capital"). */
	names: readonly string[];
	/** Common words for it, in any case. */
	words: readonly string[];
	/** Its adjectives, listed. */
	adjectives: readonly string[];
	/** A country's names to make adjectives from by rule (`countries.ts`). */
	adjectiveBase?: readonly string[];
	/** A person: two or more words of a longer name name them too ("Nurlan-Bolat", «أحمد سليم»). */
	partialNames?: boolean;
}

/** How it is named: by a name, a word of its vocabulary, an adjective, or implied (`events.ts`). */
export type Via = 'name' | 'word' | 'adjective' | 'implied';

export interface Mention {
	id: string;
	/** First and last token. */
	first: number;
	last: number;
	via: Via;
	/** As the paragraph writes it. */
	text: string;
}

interface Phrase {
	id: string;
	via: Via;
	parts: Set<string>[];
	/** A one-word proper name: only with a capital in cased scripts. */
	capital: boolean;
	order: number;
}

interface Part {
	token: number;
	keys: Set<string>;
	capital: boolean;
	/** The token's last part, and what follows it. */
	end: boolean;
}

const PRIORITY: Record<Via, number> = { name: 3, adjective: 2, word: 1, implied: 0 };
// Punctuation a name runs across: none but spaces, and the hyphens inside words.
const BREAK = /[^\s‐‑-]/u;

function phraseOf(text: string, id: string, via: Via, language: string, order: number): Phrase | undefined {
	const words = text.trim().split(/\s+/).flatMap(partsOf);
	// Names of one or two letters would be found inside every other text.
	if (words.length === 0 || foldWord(words.join('')).length < 3) return undefined;
	const cased = /\p{Lu}/u.test(words[0]!) && ['Latin', 'Cyrillic'].includes(scriptOf(words[0]!));
	return {
		id,
		via,
		parts: words.map((w) => new Set(wordKeys(w, language, via === 'name'))),
		capital: via === 'name' && words.length === 1 && cased,
		order,
	};
}

/** A matcher for a collection's entities in texts of one language, built once and used on every paragraph. */
export function mentionMatcher(
	entities: readonly Matchable[],
	language: string,
): (tokens: readonly Token[], paragraph: string) => Mention[] {
	const byKey = new Map<string, Phrase[]>();
	let order = 0;
	const add = (phrase: Phrase | undefined) => {
		if (!phrase) return;
		for (const key of phrase.parts[0]!) byKey.set(key, [...(byKey.get(key) ?? []), phrase]);
	};
	for (const entity of entities) {
		for (const name of entity.names) add(phraseOf(name, entity.id, 'name', language, order++));
		if (entity.partialNames)
			for (const part of partialNames(entity.names)) add(phraseOf(part, entity.id, 'name', language, order++));
		for (const word of entity.words) add(phraseOf(word, entity.id, 'word', language, order++));
		for (const adjective of entity.adjectives) add(phraseOf(adjective, entity.id, 'adjective', language, order++));
	}
	const adjectiveOf = adjectiveIndex(
		entities.filter((e) => e.adjectiveBase).map((e) => ({ id: e.id, names: e.adjectiveBase! })),
		language,
	);
	return (tokens, paragraph) => {
		const parts: Part[] = tokens.flatMap((token, index) => {
			const pieces = partsOf(token.text);
			return pieces.map((piece, k) => ({
				token: index,
				keys: new Set(wordKeys(piece, language)),
				capital: k === 0 ? token.capital : /^\p{Lu}/u.test(piece),
				end: k === pieces.length - 1,
			}));
		});
		/** The best phrase that starts at part p and ends before `limit`, other than `not`. */
		const bestAt = (p: number, limit: number, not?: string): Phrase | undefined => {
			let best: Phrase | undefined;
			const candidates = new Set([...parts[p]!.keys].flatMap((key) => byKey.get(key) ?? []));
			for (const phrase of candidates) {
				if (phrase.id === not || p + phrase.parts.length > limit || !matchesAt(phrase, parts, p, tokens)) continue;
				if (!best || better(phrase, best)) best = phrase;
			}
			return best;
		};
		const mention = (id: string, via: Via, p: number, length: number): Mention => {
			const first = parts[p]!.token;
			const last = parts[p + length - 1]!.token;
			return { id, first, last, via, text: paragraph.slice(tokens[first]!.start, tokens[last]!.end) };
		};
		const found: Mention[] = [];
		for (let p = 0; p < parts.length; p++) {
			const best = bestAt(p, parts.length);
			if (!best) {
				const token = tokens[parts[p]!.token]!;
				const piece = partsOf(token.text)[partIndex(parts, p)]!;
				const country = adjectiveCountry(piece, token, adjectiveOf, language);
				if (country) found.push(mention(country, 'adjective', p, 1));
				continue;
			}
			const length = best.parts.length;
			found.push(mention(best.id, best.via, p, length));
			// What the long name contains is named too: the organisation in "Sixth CDCA Summit".
			for (let q = p; q < p + length; q++) {
				const inner = bestAt(q, p + length, best.id);
				if (inner && inner.via === 'name' && inner.parts.length < length) {
					found.push(mention(inner.id, 'name', q, inner.parts.length));
					q += inner.parts.length - 1;
				}
			}
			p += length - 1;
		}
		return found;
	};
}

function better(phrase: Phrase, best: Phrase): boolean {
	if (phrase.parts.length !== best.parts.length) return phrase.parts.length > best.parts.length;
	if (PRIORITY[phrase.via] !== PRIORITY[best.via]) return PRIORITY[phrase.via] > PRIORITY[best.via];
	return phrase.order < best.order;
}

/** Every run of two or more words of a name of three or more, as words: the first names of a person. */
function partialNames(names: readonly string[]): string[] {
	const runs = new Set<string>();
	for (const name of names) {
		const words = name.trim().split(/\s+/).flatMap(partsOf);
		if (words.length < 3) continue;
		for (let from = 0; from < words.length; from++)
			for (let to = from + 2; to < words.length + (from > 0 ? 1 : 0); to++) runs.add(words.slice(from, to).join(' '));
	}
	return [...runs];
}

function partIndex(parts: readonly Part[], p: number): number {
	let k = 0;
	while (p - k - 1 >= 0 && parts[p - k - 1]!.token === parts[p]!.token) k++;
	return k;
}

function matchesAt(phrase: Phrase, parts: readonly Part[], p: number, tokens: readonly Token[]): boolean {
	if (p + phrase.parts.length > parts.length) return false;
	for (let k = 0; k < phrase.parts.length; k++) {
		const part = parts[p + k]!;
		if (!meet(part.keys, phrase.parts[k]!)) return false;
		const more = k < phrase.parts.length - 1;
		if (more && part.end && BREAK.test(tokens[part.token]!.after)) return false;
	}
	// A one-word proper name in Latin or Cyrillic only with its capital: "Capital", not "capital".
	return !phrase.capital || parts[p]!.capital;
}

// Languages that write a demonym with a capital: a lower-case word there is no adjective of a country.
const CAPITALISED_DEMONYMS = new Set(['en', 'de', 'tr', 'nl']);

function adjectiveCountry(
	piece: string,
	token: Token,
	adjectiveOf: (word: string) => string | undefined,
	language: string,
): string | undefined {
	const letters = piece.replace(/[^\p{L}]/gu, '');
	if (letters.length < 4 || token.number) return undefined;
	if (token.script === 'Latin' && CAPITALISED_DEMONYMS.has(language.slice(0, 2)) && !/^\p{Lu}/u.test(piece))
		return undefined;
	return adjectiveOf(piece);
}
