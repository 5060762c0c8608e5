/** Facts about names and the scripts they are written in. */

/** The BCP 47 language to tag a name with, from its script; undefined for Latin (inherits the page's). */
export function scriptLanguage(text: string): 'ar' | 'ru' | undefined {
	if (/\p{Script=Arabic}/u.test(text)) return 'ar';
	if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
	return undefined;
}
