/**
 * One Astro build, in a process of its own: `node astro-build.ts <outDir> <cacheDir>`.
 * The build script runs it as a child so that its memory is returned before
 * Pagefind indexes the pages, rather than held alongside it. The cache folder
 * is new for every build and removed after it (by the build script): no build
 * reuses anything of the last.
 */
import './offline-env.ts';
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: astro-build.ts <outDir> <cacheDir>');

const verbose = process.env['ASTRO_LOG_LEVEL'] === 'info';
let rendered = 0;
/** Time spent making the data downloads, as their routes report it (`downloadResponse`). */
let downloadsMs = 0;
process.env['BRIEFINGS_TIMINGS'] = '1';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
	const text = String(chunk);
	// Each page's line ends "(+4ms)": those lines are counted, not printed.
	if (/\(\+[\d.]+m?s\)/.test(text)) rendered++;
	const downloads = /\[downloads\] ([\d.]+) ms/.exec(text);
	if (downloads) downloadsMs += Number(downloads[1]);
	else if (verbose || /\[(?:WARN|ERROR)\]/.test(text)) return write(chunk, ...rest);
	return true;
}) as typeof process.stdout.write;

await build({ outDir, cacheDir, logLevel: 'info' });
write(`[astro] ${rendered} pages rendered; data downloads ${Math.round(downloadsMs)} ms\n`);
