/**
 * Which known entities a text mentions, and which names in it may deserve a
 * page: the two questions of `npm run new:source`, asked of a text alone.
 * This is the short form of `source-report/`, which answers them for a whole
 * source (word forms, countries by their adjective, titles, months, and
 * disagreements with the collection); both use the same matchers.
 */
import { mentionMatcher } from './source-report/known.ts';
import { LANGUAGE_OF_SCRIPT, scriptOf, spanText, tokenize } from './source-report/text.ts';
import { englishTags } from './source-report/english.ts';
import { unknownNameCandidates } from './source-report/unknown-names.ts';
import { foldWord } from './source-report/word-forms.ts';

export interface Named {
	id: string;
	/** Every name and spelling. */
	names: string[];
}

/** The language a lone text is in, from its script: the language its words are stemmed in. */
function languageOf(text: string): string {
	const script = scriptOf(text);
	return script === 'Other' ? LANGUAGE_OF_SCRIPT.Latin : LANGUAGE_OF_SCRIPT[script];
}

/** A matcher for a collection's names, built once and used on every text: each entity once, with the form found (folded). */
export function mentionFinder(entities: readonly Named[]): (text: string) => { id: string; name: string }[] {
	const matchers = new Map<string, ReturnType<typeof mentionMatcher>>();
	const named = entities.map((e) => ({ id: e.id, names: e.names, words: [], adjectives: [] }));
	return (text) => {
		const language = languageOf(text);
		let match = matchers.get(language);
		if (!match) matchers.set(language, (match = mentionMatcher(named, language)));
		const found = new Map<string, string>();
		for (const m of match(tokenize(text, language), text)) if (!found.has(m.id)) found.set(m.id, foldWord(m.text));
		return [...found].map(([id, name]) => ({ id, name }));
	};
}

/**
 * Names in a text that may deserve a page: runs of capitalised words in Latin
 * or Cyrillic script without their titles (not a common word that starts a
 * sentence), and in Arabic, which has no capitals, the words after a title
 * such as «الرئيس» (see `source-report/unknown-names.ts`).
 */
export function candidateNames(text: string): string[] {
	const language = languageOf(text);
	const tokens = tokenize(text, language);
	const lowerWords = new Set(tokens.filter((t) => !t.capital).map((t) => foldWord(t.text)));
	const capitalWords = new Set(tokens.filter((t) => t.capital && !t.sentenceStart).map((t) => foldWord(t.text)));
	const candidates = unknownNameCandidates({
		tokens,
		language,
		covered: new Set(),
		countries: new Set(),
		knownWords: new Set(),
		lowerWords,
		capitalWords,
		...(language === 'en' ? { tags: englishTags(text) } : {}),
	});
	return [...new Set(candidates.map((c) => spanText(text, tokens, c.first, c.last)))];
}
