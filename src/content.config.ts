/**
 * Astro content collections over `briefings/`. The schemas and locations come
 * from `src/schemas/`, the same table the content checker reads.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readSourceDocument } from './lib/source-document.ts';
import { COLLECTIONS, type CollectionName, type ReferenceFn } from './schemas/index.ts';

const BRIEFINGS = './briefings';

/** Loads each folder of `briefings/sources/` as one source document. */
function sourceLoader(folder: string): Loader {
	return {
		name: 'source-documents',
		load: async ({ store, parseData }) => {
			store.clear();
			const entries = await readdir(folder, { withFileTypes: true });
			for (const entry of entries.filter((e) => e.isDirectory())) {
				const { data } = await readSourceDocument(join(folder, entry.name));
				store.set({ id: entry.name, data: await parseData({ id: entry.name, data }) });
			}
		},
	};
}

function loaderFor(name: CollectionName) {
	const { storage, path } = COLLECTIONS[name];
	const location = `${BRIEFINGS}/${path}`;
	if (storage === 'briefing') return glob({ pattern: '*.mdx', base: location });
	if (storage === 'data') return file(location);
	return sourceLoader(location);
}

const astroReference = reference as unknown as ReferenceFn;

function collection(name: CollectionName) {
	return defineCollection({ loader: loaderFor(name), schema: COLLECTIONS[name].schema(astroReference) });
}

export const collections = {
	people: collection('people'),
	summits: collection('summits'),
	meetings: collection('meetings'),
	countries: collection('countries'),
	organisations: collection('organisations'),
	topics: collection('topics'),
	sources: collection('sources'),
};
