/** The collection's tables as CSV files, one per table and language (see `src/data/downloads.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadResponse, tables } from '../../../data/downloads.ts';
import { loadSite } from '../../../data/site.ts';
import { toCsv } from '../../../lib/csv.ts';
import { LOCALES, isLocale } from '../../../lib/locales.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	// The citations table quotes every statement: it shows everything.
	return LOCALES.flatMap((lang) =>
		tables({ site, origin: undefined }).map((table) => ({ params: { lang, table: table.file } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: origin }) => {
	const site = await loadSite();
	const table = tables({ site, origin }).find((t) => t.file === params['table']);
	const locale = params['lang'];
	if (!table || !isLocale(locale)) throw new Error(`No table ${params['table']} in ${locale}`);
	return downloadResponse('text/csv; charset=utf-8', () =>
		toCsv(
			table.columns.map((c) => c.name),
			table.cells(site, locale),
		),
	);
};
