/**
 * One Astro build, in a process of its own: `node astro-build.ts <outDir> <cacheDir>`.
 * The build script runs it as a child so that its memory is returned before
 * Pagefind indexes the pages, rather than held alongside it.
 */
import './offline-env.ts';
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: astro-build.ts <outDir> <cacheDir>');
await build({ outDir, cacheDir, logLevel: (process.env['ASTRO_LOG_LEVEL'] as 'info' | undefined) ?? 'warn' });
