/**
 * Which known entities a text mentions, by any of their names or spellings:
 * what `npm run new:source` reports for each paragraph of a new source, so the
 * author knows which briefings it touches. Names are compared folded (case,
 * diacritics, Arabic letter forms); in Arabic a name may carry an attached
 * conjunction or preposition (و ف ب ك ل، لل).
 */
import { foldName } from './search-normalize.ts';

export interface Named {
	id: string;
	/** Every name and spelling. */
	names: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for a collection's names, built once and used on every paragraph. */
export function mentionFinder(entities: readonly Named[]): (text: string) => { id: string; name: string }[] {
	const byForm = new Map<string, string>();
	for (const entity of entities) {
		for (const name of entity.names) {
			const form = foldName(name);
			// Names of one or two letters would be found inside every other word.
			if (form.length >= 3 && !byForm.has(form)) byForm.set(form, entity.id);
		}
	}
	if (byForm.size === 0) return () => [];
	const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escape);
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:لل|[وفبكل](?=\\p{Script=Arabic}))?(${forms.join('|')})(?![\\p{L}\\p{N}])`,
		'gu',
	);
	return (text) => {
		const found = new Map<string, string>();
		for (const match of foldName(text).matchAll(pattern)) {
			const id = byForm.get(match[1]!)!;
			if (!found.has(id)) found.set(id, match[1]!);
		}
		return [...found].map(([id, name]) => ({ id, name }));
	};
}

/**
 * Names in a text that may deserve a page: runs of capitalised words in Latin
 * or Cyrillic script (not the first word of a sentence on its own), and in
 * Arabic, which has no capitals, the two words after a title such as «الرئيس».
 */
const TITLES =
	/^(?:(?:President|Prime Minister|Deputy Prime Minister|Minister|Foreign Minister|King|Queen|Emir|Sheikh|Chancellor|Secretary-General|Mr|Mrs|Ms|Dr|Президент|Премьер-министр|Министр)\s+)+/u;

export function candidateNames(text: string): string[] {
	const found = new Set<string>();
	for (const match of text.matchAll(/(?:\p{Lu}[\p{Ll}\p{M}'’-]+)(?:[ -]\p{Lu}[\p{Ll}\p{M}'’-]+)*/gu)) {
		const before = text.slice(0, match.index).trimEnd();
		const sentenceStart = before === '' || /[.!?:]$/.test(before);
		// Titles before a name are not part of it.
		const name = match[0].replace(TITLES, '');
		if (name === '' || (sentenceStart && !name.includes(' ') && name === match[0])) continue;
		found.add(name);
	}
	const TITLE =
		/(?:^|\s)(?:الرئيس|الرئيسة|رئيس|رئيسة|رئيسة وزراء|وزير|وزيرة|السيد|السيدة|الملك|الأمير|الشيخ)\s+((?:\S+ي\s+)?)(\S+\s+\S+)/gu;
	for (const match of text.matchAll(TITLE)) found.add(match[2]!.replace(/[،,.؛:]+$/u, ''));
	return [...found];
}
