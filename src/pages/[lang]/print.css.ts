/** How every page of a language prints: margins, the handling mark, "page X of Y" (see `src/lib/print-css.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSettings } from '../../data/site-settings.ts';
import { t } from '../../i18n/ui.ts';
import { DIRECTION } from '../../lib/language-table.ts';
import { isLocale, languagePaths } from '../../lib/locales.ts';
import { PAGE_COUNTERS, printCss } from '../../lib/print-css.ts';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const locale = params['lang'];
	if (!isLocale(locale)) throw new Error(`No print stylesheet for the language ${JSON.stringify(locale)}`);
	const { handlingMark } = await loadSettings();
	const css = printCss({
		direction: DIRECTION[locale],
		pageOf: t(locale, 'pageOf', PAGE_COUNTERS),
		mark: handlingMark?.[locale],
	});
	return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
