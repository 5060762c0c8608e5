/**
 * The names "did you mean" matches a misspelt query against, split by the
 * first two letters of their words (`src/lib/name-shards.ts`): each file
 * lists the entities with a name word beginning so, with every name and
 * spelling folded, and the entity's name and URL in each language. Fetched
 * by the search only when a query finds little.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKeys } from '../../data/cache-keys.ts';
import { entityName, entityUrl, loadSite, type AnyEntry } from '../../data/site.ts';
import { LOCALES } from '../../lib/locales.ts';
import { shardsForNames } from '../../lib/name-shards.ts';
import { allNames } from '../../lib/names.ts';
import { foldName } from '../../lib/search-normalize.ts';

const formsOf = (entry: AnyEntry) => [...new Set(allNames(entry.data).map(foldName))];

export const getStaticPaths = (async () => {
	const site = await loadSite();
	const { shared } = await cacheKeys(site);
	const shards = new Map<string, AnyEntry[]>();
	for (const entry of site.byId.values()) {
		if (entry.collection === 'sources') continue;
		for (const shard of shardsForNames(formsOf(entry))) {
			const list = shards.get(shard);
			if (list) list.push(entry);
			else shards.set(shard, [entry]);
		}
	}
	return [...shards].map(([shard, entries]) => ({ params: { shard }, props: { entries }, cacheKey: shared }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: AnyEntry[] }> = ({ props }) => {
	const entities = props.entries.map((entry) => ({
		id: entry.id,
		forms: formsOf(entry),
		name: Object.fromEntries(LOCALES.map((l) => [l, entityName(entry, l)])),
		url: Object.fromEntries(LOCALES.map((l) => [l, entityUrl(l, entry)])),
	}));
	return new Response(JSON.stringify(entities), { headers: { 'content-type': 'application/json' } });
};
