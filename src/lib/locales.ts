/**
 * The site's languages, each once: every page exists in each of them, and
 * everything else the code knows of a language is derived from this table
 * (names from CLDR, through `Intl.DisplayNames`). The content gives its text
 * in each of them.
 */
const LOCALE_TABLE = {
	en: {
		/** The `Intl` locale dates and numbers are written in: British English. */
		intl: 'en-GB',
		/** Writing direction. */
		dir: 'ltr',
		/** The script its words are written in (`\p{Script=…}`): a word in another is misplaced. */
		script: 'Latin',
	},
	ar: { intl: 'ar', dir: 'rtl', script: 'Arabic' },
} as const;

export type Locale = keyof typeof LOCALE_TABLE;
/** The site's languages, in the order pages list them; the first is the default. */
export const LOCALES = Object.keys(LOCALE_TABLE) as [Locale, ...Locale[]];

/** A value for each language of the site, made by `value`: `{ en: …, ar: … }`. */
export const eachLocale = <T>(value: (locale: Locale) => T) =>
	Object.fromEntries(LOCALES.map((locale) => [locale, value(locale)])) as Record<Locale, T>;

/** Writing direction of each language. */
export const DIRECTION = eachLocale((locale) => LOCALE_TABLE[locale].dir);

/** The `Intl` locale of each language, for dates, numbers and plural rules. */
export const INTL_LOCALE = eachLocale((locale) => LOCALE_TABLE[locale].intl);

/** The script each language is written in. */
export const SCRIPT = eachLocale((locale) => LOCALE_TABLE[locale].script);

/** The checker names languages in thousands of messages and checks: one `Intl.DisplayNames` per language. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in another language (in English by default: the checker speaks English to authors). */
export function languageName(code: string, inLanguage: string = 'en'): string {
	let names = displayNames.get(inLanguage);
	if (!names) displayNames.set(inLanguage, (names = new Intl.DisplayNames(inLanguage, { type: 'language' })));
	return names.of(code) ?? code;
}

/** The language's name in its own script, for the language switcher. */
export const AUTONYM = eachLocale((locale) => languageName(locale, locale));

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first language other than `locale`: the edition a search that finds little here is also asked. */
export function otherLocale(locale: Locale): Locale {
	return LOCALES.find((other) => other !== locale) ?? locale;
}

/**
 * The locale of the page being rendered: every page lives under `/en/` or `/ar/`,
 * so its `lang` route parameter says. This is the one way pages and components get it.
 */
export function pageLocale(astro: { params: Record<string, string | undefined> }): Locale {
	const value = astro.params['lang'];
	if (!isLocale(value)) throw new Error(`Expected a page under /en/ or /ar/, got locale ${JSON.stringify(value)}`);
	return value;
}

/** The paths of a page that exists once in each language: `/en/…` and `/ar/…`. */
export function languagePaths() {
	return LOCALES.map((lang) => ({ params: { lang } }));
}
