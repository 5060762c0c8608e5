/**
 * The languages this site is built in: the ones its collection names in
 * `site.yaml`, from the table of those the code knows (`language-table.ts`).
 * Every page exists in each, and the content gives its text in each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { briefingsDir, SETTINGS_FILE } from './collection-files.ts';
import { DEFAULT_LOCALES, isKnownLocale, MIN_LANGUAGES, type Locale } from './language-table.ts';

/**
 * The languages `site.yaml` names (`languages: [en, ar, fr]`), read before
 * anything else loads: the schemas, the routes and Astro's i18n config are made
 * from them. A file that is missing, unreadable or names them wrongly gives the
 * default pair here; the content check then reports what is wrong with it, at
 * its line, through the settings schema.
 */
export function collectionLocales(briefings: string): readonly [Locale, ...Locale[]] {
	let settings: unknown;
	try {
		settings = parse(readFileSync(join(briefings, SETTINGS_FILE), 'utf8'));
	} catch {
		return DEFAULT_LOCALES;
	}
	const languages = (settings as { languages?: unknown } | null)?.languages;
	const valid =
		Array.isArray(languages) &&
		languages.length >= MIN_LANGUAGES &&
		languages.every(isKnownLocale) &&
		new Set(languages).size === languages.length;
	return valid ? (languages as [Locale, ...Locale[]]) : DEFAULT_LOCALES;
}

/**
 * The site's languages, in the order pages list them; the first is the default.
 * One collection per process: its folder (`BRIEFINGS_DIR`) is set before the
 * process starts.
 */
export const LOCALES = collectionLocales(briefingsDir());

/**
 * A value for each language of the site, made by `value`: `{ en: …, ar: … }`.
 * Its type names every language of the table; only the site's are present.
 */
export const eachLocale = <T>(value: (locale: Locale) => T) =>
	Object.fromEntries(LOCALES.map((locale) => [locale, value(locale)])) as Record<Locale, T>;

/** Whether `value` is one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The site's other languages than `locale`: the editions a search that finds little here also asks. */
export function otherLocales(locale: Locale): Locale[] {
	return LOCALES.filter((other) => other !== locale);
}

/**
 * The locale of the page being rendered: every page lives under its language (`/en/`, `/ar/` …),
 * so its `lang` route parameter says. This is the one way pages and components get it.
 */
export function pageLocale(astro: { params: Record<string, string | undefined> }): Locale {
	const value = astro.params['lang'];
	if (!isLocale(value))
		throw new Error(
			`Expected a page under ${LOCALES.map((l) => `/${l}/`).join(' or ')}, got locale ${JSON.stringify(value)}`,
		);
	return value;
}

/** The paths of a page that exists once in each language: `/en/…` and `/ar/…`. */
export function languagePaths() {
	return LOCALES.map((lang) => ({ params: { lang } }));
}
