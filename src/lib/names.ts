/** Facts about names and the scripts they are written in. */
import type { Locale } from './language-table.ts';
import { LOCALES } from './locales.ts';

/** The BCP 47 language to tag a name with, from its script; undefined for Latin (inherits the page's). */
export function scriptLanguage(text: string): 'ar' | 'ru' | undefined {
	if (/\p{Script=Arabic}/u.test(text)) return 'ar';
	if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
	return undefined;
}

interface Named {
	name?: Partial<Record<Locale, string>>;
	shortName?: Partial<Record<Locale, string>>;
	spellings?: string[];
}

/** Every name and spelling of an entity (from its data), each once, in every language. */
export function allNames(data: object): string[] {
	const { name, shortName, spellings } = data as Named;
	const names = [...LOCALES.map((l) => name?.[l]), ...LOCALES.map((l) => shortName?.[l]), ...(spellings ?? [])];
	return [...new Set(names.filter((n): n is string => !!n))];
}

/** The other words readers use for an entity (its `vocabulary`), in every language. */
export function vocabularyOf(data: object): string[] {
	const { vocabulary } = data as { vocabulary?: Partial<Record<Locale, string[]>> };
	return [...new Set(LOCALES.flatMap((l) => vocabulary?.[l] ?? []))];
}
