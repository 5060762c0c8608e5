/**
 * The words an entry gives search besides its text: `spellings` (other ways
 * to write its name) and `vocabulary` (other words readers use for it). Each
 * word once, none that is already the name, and each language's words in
 * their own list: a search word in the wrong place is silently useless.
 * Words that differ in case only count as one; other variants (Erdogan for
 * Erdoğan, استانا for أستانا) are kept, as spellings readers meet.
 */
import type { CheckedEntry } from './check.ts';
import { showValue, type Problem } from './problem.ts';

const ARABIC = /\p{Script=Arabic}/u;
const key = (word: string) => word.normalize('NFC').toLocaleLowerCase('en');

export function checkSearchWords(entries: CheckedEntry[]): Problem[] {
	const problems: Problem[] = [];
	for (const entry of entries) {
		const data = entry.data as {
			name?: Record<string, string>;
			shortName?: Record<string, string>;
			spellings?: string[];
			vocabulary?: { en?: string[]; ar?: string[] };
		};
		const report = (path: PropertyKey[], message: string) =>
			problems.push({ file: entry.file, line: entry.lineOf(path), field: path.join('.'), message });
		const names = new Map<string, string>();
		for (const field of ['name', 'shortName'] as const)
			for (const [locale, name] of Object.entries(data[field] ?? {})) names.set(key(name), `${field}.${locale}`);
		const seen = new Map<string, string>();
		const lists: [string[], PropertyKey[]][] = [
			[data.spellings ?? [], ['spellings']],
			[data.vocabulary?.en ?? [], ['vocabulary', 'en']],
			[data.vocabulary?.ar ?? [], ['vocabulary', 'ar']],
		];
		for (const [list, path] of lists) {
			list.forEach((word, i) => {
				const at = [...path, i];
				const folded = key(word);
				const name = names.get(folded);
				if (name !== undefined) {
					report(at, `${showValue(word)} is already its ${name}; expected only other words`);
					return;
				}
				const earlier = seen.get(folded);
				if (earlier !== undefined) {
					report(at, `${showValue(word)} is listed already, in ${earlier}; expected each word once`);
					return;
				}
				seen.set(folded, path.join('.'));
				if (path[1] === 'en' && ARABIC.test(word))
					report(at, `${showValue(word)} is Arabic; expected English words here (Arabic ones go in vocabulary.ar)`);
				if (path[1] === 'ar' && !ARABIC.test(word))
					report(at, `${showValue(word)} is not Arabic; expected Arabic words here (English ones go in vocabulary.en)`);
			});
		}
	}
	return problems;
}
