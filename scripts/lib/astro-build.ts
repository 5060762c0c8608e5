/**
 * One Astro build, in a process of its own:
 * `node astro-build.ts <outDir> <cacheDir> [--force]`. The build script runs it
 * as a child so that its memory is returned before Pagefind indexes the
 * pages, rather than held alongside it.
 *
 * Astro reuses the pages of the last build whose cache key and code are
 * unchanged (`experimental.incrementalBuild`); `--force` renders every page.
 * Astro says of each page whether it was rendered or reused: those lines are
 * counted, not printed, and the count is the last line of output.
 */
import './offline-env.ts';
import { build } from 'astro';

const [outDir, cacheDir, flag] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: astro-build.ts <outDir> <cacheDir> [--force]');

const verbose = process.env['ASTRO_LOG_LEVEL'] === 'info';
let rendered = 0;
let reused = 0;
/** Time spent making the data downloads, as their routes report it (`downloadResponse`). */
let downloadsMs = 0;
process.env['BRIEFINGS_TIMINGS'] = '1';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
	const text = String(chunk);
	// Each page's line ends "(+4ms)" when it was rendered, "(cached)" or "(restored)" when reused.
	if (/\((?:cached|restored)\)/.test(text)) reused++;
	else if (/\(\+[\d.]+m?s\)/.test(text)) rendered++;
	const downloads = /\[downloads\] ([\d.]+) ms/.exec(text);
	if (downloads) downloadsMs += Number(downloads[1]);
	else if (verbose || /\[(?:WARN|ERROR)\]/.test(text)) return write(chunk, ...rest);
	return true;
}) as typeof process.stdout.write;

await build({ outDir, cacheDir, force: flag === '--force', logLevel: 'info' });
write(
	`[astro] ${rendered} pages rendered, ${reused} reused from the last build; data downloads ${Math.round(downloadsMs)} ms\n`,
);
