/**
 * The report `npm run new:source` gives on a new source: which known
 * entities it names and where (the briefings to update), what it says that
 * the collection says otherwise, and the names it gives that have no page.
 * Pure: the paragraphs, their language and the collection in, the report out.
 */
import { givenDates } from './calendar.ts';
import type { KnownEntity } from './collection.ts';
import { cldrNames, displayName, languageAdjectives, worldCountries } from './countries.ts';
import { disagreements, type Disagreement, type ParagraphFacts } from './disagreements.ts';
import { englishTags } from './english.ts';
import { eventFinder } from './events.ts';
import { mentionMatcher, type Matchable } from './known.ts';
import { spanText, tokenize, type Token } from './text.ts';
import { unknownNameCandidates, type Candidate } from './unknown-names.ts';
import { baseLanguage, foldWord, meet, partsOf, wordKeys } from './word-forms.ts';

export interface KnownFinding {
	id: string;
	collection: string;
	file?: string;
	/** Paragraph numbers, from 1. */
	paragraphs: number[];
	/** How the source writes it. */
	forms: string[];
}

export interface UnknownFinding {
	/** The name as the source first writes it (a country by its name in the source's language). */
	name: string;
	paragraphs: number[];
	forms: string[];
	/** A country (CLDR knows it) rather than a name found by the heuristics. */
	country?: string;
}

export interface SourceReport {
	language: string;
	paragraphs: number;
	known: KnownFinding[];
	disagreements: Disagreement[];
	unknown: UnknownFinding[];
}

const WORLD = 'country:';
const isIsoCountry = (e: KnownEntity) => e.collection === 'countries' && /^[a-z]{2}$/.test(e.id);

function matchables(entities: readonly KnownEntity[], language: string): Matchable[] {
	const own = entities.map((e): Matchable => {
		// A topic's name is a common noun ("Trade", "trade"), as its vocabulary is.
		if (e.collection === 'topics') return { id: e.id, names: [], words: [...e.names, ...e.words], adjectives: [] };
		if (!isIsoCountry(e))
			return {
				id: e.id,
				names: e.names,
				words: e.words,
				adjectives: e.adjectives,
				partialNames: e.collection === 'people',
			};
		const names = [...e.names, ...cldrNames(e.id, language)];
		return {
			id: e.id,
			names,
			words: e.words,
			adjectives: [...e.adjectives, ...languageAdjectives(e.id, language)],
			adjectiveBase: names,
		};
	});
	const known = new Set(entities.filter(isIsoCountry).map((e) => e.id));
	const world = worldCountries(language, known).map((c): Matchable => ({
		id: WORLD + c.code,
		names: c.names,
		words: [],
		adjectives: languageAdjectives(c.code, language),
		adjectiveBase: c.names,
	}));
	return [...own, ...world];
}

/** The keys of every word of every known entity's name: such a word alone is never an unknown name. */
function knownNameWords(entities: readonly KnownEntity[], language: string): Set<string> {
	const keys = new Set<string>();
	for (const entity of entities)
		for (const name of entity.names)
			for (const word of name.split(/\s+/).flatMap(partsOf)) for (const key of wordKeys(word, language)) keys.add(key);
	return keys;
}

interface Item extends UnknownFinding {
	/** Each word's keys, to meet the same name inflected or shortened. */
	words: Set<string>[];
	order: number;
}

const wordsOf = (tokens: readonly Token[], c: Candidate, language: string) =>
	tokens.slice(c.first, c.last + 1).map((t) => new Set(partsOf(t.text).flatMap((p) => wordKeys(p, language))));

function addParagraph(item: { paragraphs: number[]; forms: string[] }, n: number, form?: string): void {
	if (!item.paragraphs.includes(n)) item.paragraphs.push(n);
	if (form && !item.forms.includes(form)) item.forms.push(form);
}

interface Prepared {
	match: ReturnType<typeof mentionMatcher>;
	knownWords: Set<string>;
}
const prepared = new WeakMap<readonly KnownEntity[], Map<string, Prepared>>();

/** The matcher and name words of a collection in a language, made once per collection and language. */
function prepare(entities: readonly KnownEntity[], language: string): Prepared {
	let byLanguage = prepared.get(entities);
	if (!byLanguage) prepared.set(entities, (byLanguage = new Map()));
	let made = byLanguage.get(language);
	if (!made) {
		made = {
			match: mentionMatcher(matchables(entities, language), language),
			knownWords: knownNameWords(entities, language),
		};
		byLanguage.set(language, made);
	}
	return made;
}

/** Analyse a source: its paragraphs (the original, numbered from 1), its language and the collection. */
export function analyseSource(
	paragraphs: readonly string[],
	language: string,
	entities: readonly KnownEntity[],
): SourceReport {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const { match, knownWords } = prepare(entities, language);
	const findEvents = eventFinder(entities, language);
	const tokenized = paragraphs.map((p) => tokenize(p, language));
	// Across the whole source: words written in lower case, and with a capital inside a sentence.
	const lowerWords = new Set<string>();
	const capitalWords = new Set<string>();
	for (const token of tokenized.flat()) {
		if (token.script !== 'Latin' && token.script !== 'Cyrillic') continue;
		if (!token.capital) lowerWords.add(foldWord(token.text));
		else if (!token.sentenceStart) capitalWords.add(foldWord(token.text));
	}
	const known = new Map<string, KnownFinding>();
	const items: Item[] = [];
	const found: Disagreement[] = [];
	const covered: Set<number>[] = [];
	paragraphs.forEach((text, index) => {
		const n = index + 1;
		const tokens = tokenized[index]!;
		const direct = match(tokens, text);
		const dates = givenDates(tokens, language, text);
		const mentions = [...direct, ...findEvents(tokens, direct, dates)];
		const countries = new Map<number, string>();
		const cover = new Set<number>();
		for (const m of direct)
			for (let t = m.first; t <= m.last; t++) {
				// A common word ("Transport" in "North-South Transport Corridor") does not split a name.
				if (m.via !== 'word') cover.add(t);
				if (m.id.startsWith(WORLD) || byId.get(m.id)?.collection === 'countries') countries.set(t, m.id);
			}
		covered.push(cover);
		for (const m of [...mentions].sort((a, b) => a.first - b.first)) {
			if (m.id.startsWith(WORLD)) {
				const code = m.id.slice(WORLD.length);
				const name = displayName(baseLanguage(language), 'region', code.toUpperCase()) ?? m.text;
				let item = items.find((i) => i.country === code);
				if (!item)
					items.push(
						(item = { name, paragraphs: [], forms: [], country: code, words: [], order: n * 10_000 + m.first }),
					);
				addParagraph(item, n, m.text);
				continue;
			}
			const entity = byId.get(m.id)!;
			let finding = known.get(m.id);
			if (!finding)
				known.set(
					m.id,
					(finding = {
						id: m.id,
						collection: entity.collection,
						...(entity.file ? { file: entity.file } : {}),
						paragraphs: [],
						forms: [],
					}),
				);
			addParagraph(finding, n, m.via === 'implied' ? undefined : m.text);
		}
		const facts: ParagraphFacts = { n, text, tokens, mentions, dates, countries };
		found.push(...disagreements(facts, byId, language));
		const candidates = unknownNameCandidates({
			tokens,
			language,
			covered: cover,
			countries: new Set(countries.keys()),
			knownWords,
			lowerWords,
			capitalWords,
			...(baseLanguage(language) === 'en' ? { tags: englishTags(text) } : {}),
		});
		for (const candidate of candidates) addCandidate(items, tokens, text, candidate, n, language);
	});
	addShortMentions(items, tokenized, covered, language);
	return {
		language,
		paragraphs: paragraphs.length,
		known: [...known.values()],
		disagreements: found,
		unknown: items
			.sort((a, b) => a.order - b.order)
			.map(({ name, paragraphs: p, forms, country }) => ({
				name,
				paragraphs: p.sort((a, b) => a - b),
				forms,
				...(country ? { country } : {}),
			})),
	};
}

function nameText(text: string, tokens: readonly Token[], c: Candidate): string {
	return spanText(text, tokens, c.first, c.last).replace(/['’]s$/u, '');
}

/** One item per name: the same words inflected, or a surname alone after the full name, join the first. */
function addCandidate(
	items: Item[],
	tokens: readonly Token[],
	text: string,
	c: Candidate,
	n: number,
	language: string,
): void {
	const words = wordsOf(tokens, c, language);
	const name = nameText(text, tokens, c);
	const same = items.find(
		(item) => !item.country && item.words.length === words.length && item.words.every((w, k) => meet(w, words[k]!)),
	);
	if (same) return addParagraph(same, n, name);
	// "Japarov" after "Sadyr Japarov": the surname alone is the same person.
	const whole = items.find(
		(item) => !item.country && words.length === 1 && item.words.length > 1 && meet(item.words.at(-1)!, words[0]!),
	);
	if (whole) return addParagraph(whole, n, name);
	// "Sadyr Japarov" after "Japarov": the full name is the better name.
	const part = items.find(
		(item) => !item.country && item.words.length === 1 && words.length > 1 && meet(item.words[0]!, words.at(-1)!),
	);
	if (part) {
		part.name = name;
		part.words = words;
		return addParagraph(part, n, name);
	}
	items.push({ name, paragraphs: [n], forms: [name], words, order: n * 10_000 + c.first });
}

/** Paragraphs that name a person only by the surname («وقال جباروف»), found once the full name is known. */
function addShortMentions(
	items: Item[],
	tokenized: readonly Token[][],
	covered: readonly Set<number>[],
	language: string,
): void {
	for (const item of items) {
		if (item.country || item.words.length < 2) continue;
		const surname = item.words.at(-1)!;
		tokenized.forEach((tokens, index) => {
			const hit = tokens.find(
				(t, i) =>
					!covered[index]!.has(i) &&
					(t.capital || t.script === 'Arabic') &&
					meet(new Set(wordKeys(t.text, language)), surname),
			);
			if (hit) addParagraph(item, index + 1);
		});
	}
}
