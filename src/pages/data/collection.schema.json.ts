/** The JSON Schema of `collection.json`, generated from the content's zod schemas. */
import type { APIRoute } from 'astro';
import { collectionSchema, downloadResponse } from '../../data/downloads.ts';

export const GET: APIRoute = () =>
	downloadResponse('application/schema+json; charset=utf-8', () => JSON.stringify(collectionSchema(), null, 1));
