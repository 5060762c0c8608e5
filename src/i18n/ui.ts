/**
 * Interface text in each language (one file per language in `ui/`). Content
 * text lives with the content; this is only the site's own chrome and labels.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { formatNumber } from '../lib/format.ts';
import { INTL_LOCALE, type Locale } from '../lib/language-table.ts';
import { ar } from './ui/ar.ts';
import { en, type UiKey } from './ui/en.ts';
import { fr } from './ui/fr.ts';

export type { UiKey } from './ui/en.ts';

/** Every language of the locale table has the whole interface: a key missing in one fails type-checking. */
const STRINGS: Record<Locale, Record<UiKey, string>> = { en, ar, fr };

/** Keys of messages with arguments (`{n}`, `{n, plural, …}`): `t` formats them from its `params`. */
export type MessageKey = { [K in UiKey]: (typeof en)[K] extends `${string}{${string}` ? K : never }[UiKey];
/** Keys of plain text, with nothing to fill in. */
export type TextKey = Exclude<UiKey, MessageKey>;
/** The values of a message's arguments: numbers are formatted, and choose the plural form, for the language. */
export type MessageParams = Record<string, string | number>;

/** Each message is parsed once per language; a build formats thousands. */
const formats = new Map<string, IntlMessageFormat>();

/**
 * The interface text for a key in a language. A message with arguments is
 * written in ICU MessageFormat (`{n, plural, one {# source} other {# sources}}`)
 * and formatted with `params` by the language's own plural rules: Arabic has
 * six forms (zero, one, two, few, many, other), English two.
 */
export function t(locale: Locale, key: TextKey): string;
export function t(locale: Locale, key: MessageKey, params: MessageParams): string;
export function t(locale: Locale, key: UiKey, params?: MessageParams): string {
	const message = STRINGS[locale][key];
	if (params === undefined) return message;
	const id = `${locale}:${key}`;
	let format = formats.get(id);
	if (!format)
		formats.set(id, (format = new IntlMessageFormat(message, INTL_LOCALE[locale], undefined, { ignoreTag: true })));
	return String(format.format(params));
}

/**
 * A count message (argument `n`) as one template per plural category of the
 * language, and `=0`, with `{n}` where the number goes (any other argument
 * filled from `params`): for the search scripts, which have `Intl.PluralRules`
 * but carry no message parser.
 */
export function countForms(locale: Locale, key: MessageKey, params: MessageParams = {}): Record<string, string> {
	const id = `${locale}:${key}:${JSON.stringify(params)}`;
	let forms = countFormsOf.get(id);
	if (!forms) countFormsOf.set(id, (forms = deriveCountForms(locale, key, params)));
	return forms;
}

/** Every page carries the same templates: each is derived once per build. */
const countFormsOf = new Map<string, Record<string, string>>();

/** Numbers in which each plural category of every language shows first. */
const SAMPLES = [...Array.from({ length: 1000 }, (_, n) => n + 1), 1_000_000, 0];

function deriveCountForms(locale: Locale, key: MessageKey, params: MessageParams): Record<string, string> {
	const rules = new Intl.PluralRules(INTL_LOCALE[locale]);
	const forms: Record<string, string> = { '=0': t(locale, key, { ...params, n: 0 }) };
	for (const category of rules.resolvedOptions().pluralCategories) {
		// The smallest number of the category stands for all of it: zero for Arabic's `zero`, a
		// million for French's `many`.
		const sample = SAMPLES.find((n) => rules.select(n) === category) ?? 0;
		forms[category] = t(locale, key, { ...params, n: sample }).replaceAll(formatNumber(sample, locale), '{n}');
	}
	return forms;
}
