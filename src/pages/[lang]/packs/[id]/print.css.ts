/** How a briefing pack prints: every page's margins and marks, with the pack's title and dates as running heads. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { packOf } from '../../../../data/packs.ts';
import { loadSettings } from '../../../../data/site-settings.ts';
import { entryOf, loadSite } from '../../../../data/site.ts';
import { t } from '../../../../i18n/ui.ts';
import { DIRECTION } from '../../../../lib/language-table.ts';
import { LOCALES, isLocale } from '../../../../lib/locales.ts';
import { PAGE_COUNTERS, printCss } from '../../../../lib/print-css.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	return LOCALES.flatMap((lang) => site.summits.map((summit) => ({ params: { lang, id: summit.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const locale = params['lang'];
	if (!isLocale(locale)) throw new Error(`No print stylesheet for the language ${JSON.stringify(locale)}`);
	const site = await loadSite();
	const pack = packOf(site, entryOf(site, 'summits', params['id'] ?? ''), locale);
	const { handlingMark } = await loadSettings();
	const css = printCss({
		direction: DIRECTION[locale],
		pageOf: t(locale, 'pageOf', PAGE_COUNTERS),
		mark: handlingMark?.[locale],
		heads: { title: pack.title, date: pack.dates },
	});
	return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
