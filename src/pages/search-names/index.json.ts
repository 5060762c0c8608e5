/** Which name files exist (`search-names/[shard].json`), so "did you mean" asks only for files that do. */
import type { APIRoute } from 'astro';
import { getStaticPaths } from './[shard].json.ts';

export const GET: APIRoute = async () => {
	const shards = (await getStaticPaths()).map((path) => path.params.shard).sort();
	return new Response(JSON.stringify(shards), { headers: { 'content-type': 'application/json' } });
};
