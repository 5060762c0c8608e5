/**
 * Astro content collections over `briefings/`. The schemas and locations come
 * from `src/schemas/`, the same table the content checker reads.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readSourceDocument } from './lib/source-document.ts';
import { briefingsDir, COLLECTIONS, type CollectionName, type ReferenceFn } from './schemas/index.ts';

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
	const location = join(briefingsDir(), path);
	if (storage === 'briefing') return glob({ pattern: '*.mdx', base: location });
	if (storage === 'data') return file(location);
	return sourceLoader(location);
}

const astroReference = reference as unknown as ReferenceFn;

export const collections = {
	people: defineCollection({ loader: loaderFor('people'), schema: COLLECTIONS.people.schema(astroReference) }),
	summits: defineCollection({ loader: loaderFor('summits'), schema: COLLECTIONS.summits.schema(astroReference) }),
	meetings: defineCollection({ loader: loaderFor('meetings'), schema: COLLECTIONS.meetings.schema(astroReference) }),
	countries: defineCollection({ loader: loaderFor('countries'), schema: COLLECTIONS.countries.schema(astroReference) }),
	organisations: defineCollection({
		loader: loaderFor('organisations'),
		schema: COLLECTIONS.organisations.schema(astroReference),
	}),
	topics: defineCollection({ loader: loaderFor('topics'), schema: COLLECTIONS.topics.schema(astroReference) }),
	sources: defineCollection({ loader: loaderFor('sources'), schema: COLLECTIONS.sources.schema() }),
};
