/** The whole collection's structured data as one JSON document, in each language. */
import type { APIRoute } from 'astro';
import { collectionDocument, downloadResponse } from '../../data/downloads.ts';
import { loadSite } from '../../data/site.ts';

export const GET: APIRoute = async () => {
	const site = await loadSite();
	return downloadResponse('application/json; charset=utf-8', () => JSON.stringify(collectionDocument(site)));
};
