/** The whole collection's structured data as one JSON document, in both languages. */
import type { APIRoute } from 'astro';
import { collectionDocument } from '../../data/downloads.ts';
import { loadSite } from '../../data/site.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(collectionDocument(await loadSite())), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
