/** The interface text the search scripts need, handed to them by the page in its language. */
import { VIEW } from './routes.ts';
import { INTL_LOCALE, languageName, type Locale } from '../lib/language-table.ts';
import { otherLocales } from '../lib/locales.ts';
import { pageUrl } from './urls.ts';
import { COLLECTION_NAMES } from '../schemas/index.ts';
import { countForms, t } from '../i18n/ui.ts';

export function searchStrings(locale: Locale): Record<string, string> {
	const others = otherLocales(locale);
	return {
		...prefixed('results', countForms(locale, 'results')),
		// Each other edition: its count message ("3 results in the Arabic edition") and its search page.
		editions: others.join(' '),
		...Object.assign(
			{},
			...others.map((other) => ({
				...prefixed(
					`otherEdition.${other}`,
					countForms(locale, 'otherEdition', { language: languageName(other, locale) }),
				),
				[`searchPage.${other}`]: pageUrl(other, VIEW.search),
			})),
		),
		didYouMean: t(locale, 'didYouMean'),
		or: t(locale, 'comma'),
		intlLocale: INTL_LOCALE[locale],
		// Kind names, for the portable edition's search, which has no Pagefind metadata.
		kinds: COLLECTION_NAMES.join(' '),
		...Object.fromEntries(COLLECTION_NAMES.map((k) => [`kind.${k}`, t(locale, `kind.${k}`)])),
	};
}

/** `{ one: … }` as `{ 'results.one': … }`: the strings are one flat map in a data attribute. */
function prefixed(prefix: string, forms: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(forms).map(([category, text]) => [`${prefix}.${category}`, text]));
}
