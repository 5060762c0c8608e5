import { z } from 'astro/zod';
import { LOCALES } from '../lib/locales.ts';
import { normalizeText } from '../lib/text-hygiene.ts';

/** The file of the search suite, in the content folder beside the collections. */
export const SEARCH_SUITE_FILE = 'search-suite.yaml';

/** What a query tests; a misspelt name may also be found through "did you mean". */
export const QUERY_KINDS = ['bare', 'attached', 'plural', 'synonym', 'name', 'misspelt'] as const;

/**
 * One group of the search suite: queries readers type in one edition, and the
 * page each must find among its first three results. The suite lives beside
 * the content it is about (`briefings/search-suite.yaml`), so an analyst who
 * renames a topic updates its queries in the same change; the content gates run it.
 */
const searchCase = z.strictObject({
	/** The edition searched: the language of the search page the query is typed into. */
	edition: z.enum(LOCALES),
	/** What the queries test: Arabic words bare or with what Arabic attaches, plurals, synonyms, names. */
	kind: z.enum(QUERY_KINDS),
	/** The page that must come in the first three, as `collection/id` (`people/tokayev`). */
	expect: z
		.string()
		.regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a page; expected collection/id, such as people/tokayev'),
	/** The queries, each typed as a reader would. */
	queries: z
		.array(z.string().transform(normalizeText).pipe(z.string().min(1, 'must not be empty')))
		.min(1, 'expected at least one query'),
});

/** `briefings/search-suite.yaml`: optional; every group names a page of the collection. */
export const searchSuiteSchema = z.array(searchCase);
export type SearchSuiteGroup = z.output<typeof searchCase>;
