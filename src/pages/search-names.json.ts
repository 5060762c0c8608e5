/**
 * Every entity's names and spellings, folded, with its name and URL in each
 * language: what "did you mean" matches a misspelt query against. Fetched
 * by the search scripts only when a query finds little.
 */
import type { APIRoute } from 'astro';
import { entityName, entityUrl, loadSite } from '../data/site.ts';
import { LOCALES } from '../lib/locales.ts';
import { allNames } from '../lib/names.ts';
import { foldName } from '../lib/search-normalize.ts';

export const GET: APIRoute = async () => {
	const site = await loadSite();
	const entities = [...site.byId.values()]
		.filter((entry) => entry.collection !== 'sources')
		.map((entry) => ({
			id: entry.id,
			forms: [...new Set(allNames(entry.data).map(foldName))],
			name: Object.fromEntries(LOCALES.map((l) => [l, entityName(entry, l)])),
			url: Object.fromEntries(LOCALES.map((l) => [l, entityUrl(l, entry)])),
		}));
	return new Response(JSON.stringify(entities), { headers: { 'content-type': 'application/json' } });
};
