/** How the name files (`search-names/[file].json`) are split: "did you mean" works out which to read from it. */
import type { APIRoute } from 'astro';
import { nameFiles } from './[file].json.ts';

export const GET: APIRoute = async () => {
	const { depth, files } = await nameFiles();
	return new Response(JSON.stringify({ depth, files }), { headers: { 'content-type': 'application/json' } });
};
