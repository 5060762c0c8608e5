/** Facts about names and the scripts they are written in. */

/** The BCP 47 language to tag a name with, from its script; undefined for Latin (inherits the page's). */
export function scriptLanguage(text: string): 'ar' | 'ru' | undefined {
	if (/\p{Script=Arabic}/u.test(text)) return 'ar';
	if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
	return undefined;
}

interface Named {
	name?: { en: string; ar: string };
	shortName?: { en: string; ar: string };
	spellings?: string[];
}

/** Every name and spelling of an entity (from its data), each once, in both scripts. */
export function allNames(data: object): string[] {
	const { name, shortName, spellings } = data as Named;
	const names = [name?.en, name?.ar, shortName?.en, shortName?.ar, ...(spellings ?? [])];
	return [...new Set(names.filter((n): n is string => !!n))];
}

/** The other words readers use for an entity (its `vocabulary`), in both languages. */
export function vocabularyOf(data: object): string[] {
	const { vocabulary } = data as { vocabulary?: { en?: string[]; ar?: string[] } };
	return [...new Set([...(vocabulary?.en ?? []), ...(vocabulary?.ar ?? [])])];
}
