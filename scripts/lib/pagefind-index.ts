/**
 * Builds the Pagefind index of a built site, one index per language (Pagefind
 * splits by each page's `lang`), written into `<site>/pagefind/`.
 */
import * as pagefind from 'pagefind';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Pagefind's ready-made UIs (the site has its own) and its Web Worker (the
 * engine searches without it): not shipped.
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|worker)\.(js|css)$/;

/** Indexes the site; throws if Pagefind reports any error. */
export async function indexSite(site: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: site });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		const bundle = join(site, 'pagefind');
		for (const file of await readdir(bundle)) if (UNUSED.test(file)) await rm(join(bundle, file));
	} finally {
		await pagefind.close();
	}
}
