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
/** Time spent on the data downloads (`/data/` files), from Astro's own per-page times. */
let downloadsMs = 0;
let current = '';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
	const text = String(chunk);
	// Each page's line names it, then ends "(+4ms)" when it was rendered, "(cached)" or "(restored)" when reused.
	current = /├─ (\S+)/.exec(text)?.[1] ?? current;
	const time = /\(\+([\d.]+)(m?s)\)/.exec(text);
	if (/\((?:cached|restored)\)/.test(text)) reused++;
	else if (time) {
		rendered++;
		if (current.includes('/data/')) downloadsMs += Number(time[1]) * (time[2] === 's' ? 1000 : 1);
	}
	if (verbose || /\[(?:WARN|ERROR)\]/.test(text)) return write(chunk, ...rest);
	return true;
}) as typeof process.stdout.write;

await build({ outDir, cacheDir, force: flag === '--force', logLevel: 'info' });
write(
	`[astro] ${rendered} pages rendered, ${reused} reused from the last build; data downloads ${Math.round(downloadsMs)} ms\n`,
);
