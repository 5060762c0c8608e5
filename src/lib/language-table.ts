/**
 * The languages the site can be built in, each once: everything the code knows
 * of a language is derived from this table (names from CLDR, through
 * `Intl.DisplayNames`), and the interface text (`src/i18n/`) is written in
 * each. Which of them a site is built in is the collection's choice
 * (`locales.ts`). Pure: the browser's scripts use it too.
 */
const LANGUAGE_TABLE = {
	en: {
		/** The `Intl` locale dates and numbers are written in: British English. */
		intl: 'en-GB',
		/** Writing direction. */
		dir: 'ltr',
		/** The script its words are written in (`\p{Script=…}`): a word in another is misplaced. */
		script: 'Latin',
	},
	ar: { intl: 'ar', dir: 'rtl', script: 'Arabic' },
	fr: { intl: 'fr-FR', dir: 'ltr', script: 'Latin' },
} as const;

/** A language the site can be built in. */
export type Locale = keyof typeof LANGUAGE_TABLE;
/** Every language of the table: the interface is written in each. */
export const KNOWN_LOCALES = Object.keys(LANGUAGE_TABLE) as [Locale, ...Locale[]];
/** The fewest languages a site is built in: every page links its other editions. */
export const MIN_LANGUAGES = 2;
/** The languages of a collection whose `site.yaml` does not name them: the unit's English and Arabic. */
export const DEFAULT_LOCALES: readonly [Locale, ...Locale[]] = ['en', 'ar'];

export function isKnownLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(LANGUAGE_TABLE, value);
}

/** A value for each language of the table, whether or not this site is built in it. */
const eachKnownLocale = <T>(value: (locale: Locale) => T) =>
	Object.fromEntries(KNOWN_LOCALES.map((locale) => [locale, value(locale)])) as Record<Locale, T>;

/** Writing direction of each language. */
export const DIRECTION = eachKnownLocale((locale) => LANGUAGE_TABLE[locale].dir);

/** The `Intl` locale of each language, for dates, numbers and plural rules. */
export const INTL_LOCALE = eachKnownLocale((locale) => LANGUAGE_TABLE[locale].intl);

/** The script each language is written in. */
export const SCRIPT = eachKnownLocale((locale) => LANGUAGE_TABLE[locale].script);

/** The checker names languages in thousands of messages and checks: one `Intl.DisplayNames` per language. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in another language (in English by default: the checker speaks English to authors). */
export function languageName(code: string, inLanguage: string = 'en'): string {
	let names = displayNames.get(inLanguage);
	if (!names) displayNames.set(inLanguage, (names = new Intl.DisplayNames(inLanguage, { type: 'language' })));
	return names.of(code) ?? code;
}

/**
 * The language's name in itself, for the language switcher, capitalised as a
 * label starts (CLDR writes "français" in running text).
 */
export const AUTONYM = eachKnownLocale((locale) => {
	const name = languageName(locale, locale);
	return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
});
