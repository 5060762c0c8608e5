/**
 * The words an entry gives search besides its text: `spellings` (other ways
 * to write its name) and `vocabulary` (other words readers use for it). Each
 * word once, none that is already the name, and each language's words in
 * their own list: a search word in the wrong place is silently useless.
 * Words that differ in case only count as one; other variants (Erdogan for
 * Erdoğan, استانا for أستانا) are kept, as spellings readers meet.
 */
import { languageName, SCRIPT, type Locale } from '../lib/language-table.ts';
import { isLocale, LOCALES } from '../lib/locales.ts';
import type { CheckedEntry } from './checked-entry.ts';
import { showValue, type Problem } from './problem.ts';

const LETTER_OF = Object.fromEntries(LOCALES.map((l) => [l, new RegExp(`\\p{Script=${SCRIPT[l]}}`, 'u')]));
/** Whether a word has a letter of a language's script. */
const inScriptOf = (word: string, locale: Locale) => LETTER_OF[locale]!.test(word);
const key = (word: string) => word.normalize('NFC').toLocaleLowerCase('en');

export function checkSearchWords(entries: CheckedEntry[]): Problem[] {
	const problems: Problem[] = [];
	for (const entry of entries) {
		const data = entry.data as {
			name?: Record<string, string>;
			shortName?: Record<string, string>;
			spellings?: string[];
			vocabulary?: Partial<Record<Locale, string[]>>;
		};
		const report = (path: PropertyKey[], message: string) =>
			problems.push({ file: entry.file, line: entry.lineOf(path), field: path.join('.'), message });
		const names = new Map<string, string>();
		for (const field of ['name', 'shortName'] as const)
			for (const [locale, name] of Object.entries(data[field] ?? {})) names.set(key(name), `${field}.${locale}`);
		const seen = new Map<string, string>();
		const lists: [string[], PropertyKey[]][] = [
			[data.spellings ?? [], ['spellings']],
			...LOCALES.map((locale): [string[], PropertyKey[]] => [data.vocabulary?.[locale] ?? [], ['vocabulary', locale]]),
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
				// A word with letters, none of them in the script of its list's language.
				const locale = path[1];
				if (isLocale(locale) && /\p{L}/u.test(word) && !inScriptOf(word, locale)) {
					const home = LOCALES.find((other) => inScriptOf(word, other));
					const language = languageName(locale);
					report(
						at,
						`${showValue(word)} is ${home ? languageName(home) : `not ${language}`}; expected ${language} words here${home ? ` (${languageName(home)} ones go in vocabulary.${home})` : ''}`,
					);
				}
			});
		}
	}
	return problems;
}
