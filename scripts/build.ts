/**
 * `npm run build`: checks the content, builds the site with Astro into a
 * scratch folder, indexes it with Pagefind, and only then swaps it into
 * place. A failed build leaves the last good site exactly as it was.
 *
 * The check and the Astro build each run in a process of their own, so that
 * their memory is given back before the next step starts: the peak is the
 * largest step's, not their sum.
 *
 * Every build starts from nothing: Astro gets a new cache folder, removed
 * afterwards, and the PDF packs are printed afresh; so a build never depends on
 * what the last one did.
 *
 * Options: `--out <dir>` (default `dist`); `--pdf` to print every briefing
 * pack to PDF too (needs Chromium), `--pdf-if-chromium` to do so only when
 * Chromium is installed. Environment: BRIEFINGS_DIR, BASE_PATH and SITE_URL
 * as in astro.config.mjs.
 */
import { basePath } from '../src/lib/base-path.ts';
import './lib/offline-env.ts';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SAVED_CHECK } from '../src/checker/saved-check.ts';
import { BRIEFING_COLLECTIONS, COLLECTIONS } from '../src/schemas/index.ts';
import { briefingsDir } from '../src/lib/collection-files.ts';
import { LOCALES } from '../src/lib/locales.ts';
import { countPages } from './lib/count-pages.ts';
import { acquireBuildLock } from './lib/build-lock.ts';
import { findChrome } from './lib/browser.ts';
import { printPacks } from './lib/pack-pdf.ts';
import { indexSite } from './lib/pagefind-index.ts';
import { formatSiteProblem, readBuiltSite, runSiteChecks } from './site-checks/index.ts';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: 'dist' },
		pdf: { type: 'boolean', default: false },
		'pdf-if-chromium': { type: 'boolean', default: false },
	},
});
const outDir = resolve(values.out);
const scratch = join(dirname(outDir), '.scratch');
const started = performance.now();
const stage = (text: string) =>
	console.log(`[build] ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${text}`);
/** The base path the site is built under: the packs are printed and the pages checked at it. */
const base = basePath(process.env['BASE_PATH']);
const keptSite = () => (existsSync(outDir) ? `${values.out}/ still holds the last good build` : 'nothing was written');

/**
 * Runs a script of this folder in a child process, passing its output
 * through; resolves to its exit code and the number of warnings it printed.
 */
function runScript(script: string, args: string[]): Promise<{ code: number | null; warnings: number }> {
	const child = spawn(process.execPath, [join(import.meta.dirname, script), ...args], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let warnings = 0;
	for (const [from, to] of [
		[child.stdout, process.stdout],
		[child.stderr, process.stderr],
	] as const) {
		from.on('data', (chunk: Buffer) => {
			warnings += String(chunk).match(/\[WARN\]/g)?.length ?? 0;
			to.write(chunk);
		});
	}
	return new Promise((done) => child.on('exit', (code) => done({ code, warnings })));
}

/** While Astro writes pages, says every few seconds how many are done. */
function reportProgress(dir: string, everyMs = 3000) {
	let last = 0;
	const timer = setInterval(() => {
		void countPages(dir)
			.then((pages) => {
				if (pages > last) stage(`  ${pages} pages written…`);
				last = pages;
			})
			.catch(() => undefined); // the folder appears only once Astro starts writing
	}, everyMs);
	return { stop: () => clearInterval(timer) };
}

function hasChrome(): boolean {
	try {
		findChrome();
		return true;
	} catch {
		return false;
	}
}

/** "14 people, 2 summits, 2 meetings", counted from the files. */
async function briefingCounts(): Promise<string> {
	const counts = await Promise.all(
		BRIEFING_COLLECTIONS.map(async (name) => {
			const files = await readdir(join(briefingsDir(), COLLECTIONS[name].path)).catch(() => []);
			return `${files.filter((f) => f.endsWith('.mdx')).length} ${name}`;
		}),
	);
	return counts.join(', ');
}

const printPdfs = values.pdf || (values['pdf-if-chromium'] && hasChrome());
if (values['pdf-if-chromium'] && !printPdfs) stage('No Chromium found: the briefing packs are not printed to PDF.');
// Pack pages link their PDF only in a build that prints them.
if (printPdfs) process.env['BRIEFINGS_PDF'] = '1';

await mkdir(scratch, { recursive: true });
stage('Checking content…');
// Astro's loaders take the checked content from this file rather than check it all again.
const savedCheck = join(scratch, `checked-${process.pid}.bin`);
const check = await runScript('check-content.ts', ['--save', savedCheck]);
if (check.code !== 0) {
	console.error(`The site was not built; ${keptSite()}.`);
	process.exit(1);
}
process.env[SAVED_CHECK] = savedCheck;

const next = join(scratch, `dist-${process.pid}`);
await rm(next, { recursive: true, force: true });
const releaseLock = await acquireBuildLock(() => stage('Waiting for another build of this project to finish…'));
try {
	stage(`Building pages in ${LOCALES.length} languages…`);
	const progress = reportProgress(next);
	const cache = join(scratch, `astro-cache-${process.pid}`);
	const astro = await runScript('lib/astro-build.ts', [next, cache]).finally(async () => {
		progress.stop();
		void releaseLock();
		await Promise.all([rm(savedCheck, { force: true }), rm(cache, { recursive: true, force: true })]);
	});
	if (astro.code !== 0) throw new Error(`Astro exited with code ${astro.code}`);
	const pages = await countPages(next);
	stage(`Indexing ${pages} pages for search…`);
	await indexSite(next);

	if (printPdfs) {
		stage('Printing the briefing packs to PDF…');
		const printed = await printPacks(next, base);
		const largest = Math.max(0, ...printed.map((p) => p.bytes));
		stage(
			`  ${printed.length} PDFs, ${printed.reduce((n, p) => n + p.pages, 0)} pages, the largest ${Math.round(largest / 1024)} kB`,
		);
	}

	// The checks `npm run check:site` runs, on the new site before it replaces the old one.
	stage('Checking the built pages: links, other origins, page metadata, HTML…');
	const checked = performance.now();
	const found = await runSiteChecks(await readBuiltSite(next, base), {
		sampleHtml: true,
	});
	for (const problem of found) console.error(formatSiteProblem(values.out, problem));
	if (found.length > 0)
		throw new Error(`the built pages have ${found.length} problem${found.length === 1 ? '' : 's'} (listed above)`);
	const siteChecksSeconds = (performance.now() - checked) / 1000;

	const previous = join(scratch, `previous-${process.pid}`);
	if (existsSync(outDir)) await rename(outDir, previous);
	await rename(next, outDir);
	await rm(previous, { recursive: true, force: true });

	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`[build] Done: ${pages} pages (briefings: ${await briefingCounts()}), ${check.warnings + astro.warnings} warnings, ${seconds} s (site checks ${siteChecksSeconds.toFixed(1)} s) → ${values.out}/`,
	);
} catch (error) {
	await rm(next, { recursive: true, force: true });
	console.error(`[build] Failed: ${(error as Error).message}`);
	console.error(`The site was not replaced; ${keptSite()}.`);
	process.exit(1);
}
