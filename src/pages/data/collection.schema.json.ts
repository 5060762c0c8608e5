/** The JSON Schema of `collection.json`, generated from the content's zod schemas. */
import type { APIRoute } from 'astro';
import { collectionSchema } from '../../data/downloads.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(collectionSchema(), null, 1), {
		headers: { 'content-type': 'application/schema+json; charset=utf-8' },
	});
