/** How the name files (`search-names/[shard].json`) are split, and which exist: "did you mean" asks only for those. */
import type { APIRoute } from 'astro';
import { nameFiles } from './[shard].json.ts';

export const GET: APIRoute = async () => {
	const { letters, shards } = await nameFiles();
	return new Response(JSON.stringify({ letters, shards: [...shards.keys()].sort() }), {
		headers: { 'content-type': 'application/json' },
	});
};
