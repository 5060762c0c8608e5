/** The site's languages. Every page exists in each of them. */
export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Writing direction of each language. */
export const DIRECTION: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', ar: 'rtl' };

/** The language's name in its own script, for the language switcher. */
export const AUTONYM: Record<Locale, string> = { en: 'English', ar: 'العربية' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other language: the target of every page's language switch. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'en' ? 'ar' : 'en';
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
