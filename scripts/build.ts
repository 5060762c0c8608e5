/**
 * `npm run build`: checks the content, builds the site with Astro into a
 * scratch folder, indexes it with Pagefind, and only then swaps it into
 * place. A failed build leaves the last good site exactly as it was.
 *
 * Options: `--out <dir>` (default `dist`). Environment: BRIEFINGS_DIR,
 * BASE_PATH and SITE_URL as in astro.config.mjs.
 */
import { build } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexSite } from './lib/search-index.ts';
import { reportContentProblems } from './check-content.ts';
import { countPages } from './lib/count-pages.ts';
import { countWarnings } from './lib/count-warnings.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.out);
const scratch = join(dirname(outDir), '.build');
const started = performance.now();
const stage = (text: string) => console.log(`[build] ${text}`);

/**
 * Astro's cache (its content store) for this content and base path: builds of
 * other collections, such as tests' fixtures or the benchmark's, never share it.
 */
function cacheFor(...keys: (string | undefined)[]): string {
	const id = createHash('sha256').update(keys.map((k) => k ?? '').join('\0')).digest('hex').slice(0, 12);
	return join(scratch, 'cache', id);
}

stage('Checking content…');
const { problems, entries } = await reportContentProblems();
if (problems.length > 0) {
	console.error(`The site was not built; ${existsSync(outDir) ? `${values.out}/ still holds the last good build` : 'nothing was written'}.`);
	process.exit(1);
}
const briefingCounts = Object.entries(
	Object.groupBy(
		entries.filter((e) => e.body !== undefined),
		(e) => e.collection,
	),
).map(([kind, list]) => `${list?.length ?? 0} ${kind}`);

await mkdir(scratch, { recursive: true });
const next = join(scratch, `dist-${process.pid}`);
await rm(next, { recursive: true, force: true });
const warnings = countWarnings();
try {
	stage(`Building pages for ${entries.length} entries in 2 languages…`);
	await build({ outDir: next, cacheDir: cacheFor(process.env['BRIEFINGS_DIR'], process.env['BASE_PATH']), logLevel: 'warn' });
	const pages = await countPages(next);
	stage(`Indexing ${pages} pages for search…`);
	await indexSite(next);

	const previous = join(scratch, `previous-${process.pid}`);
	if (existsSync(outDir)) await rename(outDir, previous);
	await rename(next, outDir);
	await rm(previous, { recursive: true, force: true });

	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`[build] Done: ${pages} pages (briefings: ${briefingCounts.join(', ')}), ${warnings.count} warnings, ${seconds} s → ${values.out}/`);
} catch (error) {
	await rm(next, { recursive: true, force: true });
	console.error(`[build] Failed: ${(error as Error).message}`);
	console.error(`The site was not replaced; ${existsSync(outDir) ? `${values.out}/ still holds the last good build` : 'nothing was written'}.`);
	process.exit(1);
}
