/**
 * The names "did you mean" matches a misspelt query against, split by the
 * keys of their words (`src/lib/name-shards.ts`): each file lists the
 * entities with a name word keyed to it, with every name and spelling
 * folded, and the entity's name and URL in each language. Fetched by the
 * search only when a query finds little.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type Site } from '../../data/site.ts';
import { entityName } from '../../data/entity-names.ts';
import { entityUrl } from '../../data/urls.ts';
import { LOCALES } from '../../lib/locales.ts';
import { splitNames } from '../../lib/name-shards.ts';
import { allNames } from '../../lib/names.ts';
import { foldName } from '../../lib/search-normalize.ts';

const splits = new WeakMap<Site, ReturnType<typeof split>>();

function split(site: Site) {
	const entries = [...site.byId.values()]
		.filter((entry) => entry.collection !== 'sources')
		.map((entry) => {
			const names = [...new Set(allNames(entry.data).map(foldName))];
			// A one-word name that is a word of a longer one (a surname) adds nothing: suggestions compare each word.
			const forms = names.filter((n) => n.includes(' ') || !names.some((o) => o !== n && o.split(' ').includes(n)));
			const json = JSON.stringify({
				id: entry.id,
				forms,
				name: Object.fromEntries(LOCALES.map((l) => [l, entityName(entry, l)])),
				url: Object.fromEntries(LOCALES.map((l) => [l, entityUrl(l, entry)])),
			});
			return { forms, bytes: Buffer.byteLength(json), item: json };
		});
	return splitNames(entries);
}

/** The name files of the collection, split once per build. */
export async function nameFiles() {
	const site = await loadSite();
	let files = splits.get(site);
	if (!files) splits.set(site, (files = split(site)));
	return files;
}

export const getStaticPaths = (async () => {
	return (await nameFiles()).lists.map((entries, file) => ({ params: { file: String(file) }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: string[] }> = ({ props }) =>
	new Response(`[${props.entries.join(',')}]`, { headers: { 'content-type': 'application/json' } });
