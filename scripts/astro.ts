/**
 * Astro's command line with the project's offline environment: `node scripts/astro.ts <command> …`
 * runs `astro <command> …` with telemetry and update checks off (see lib/offline-env.ts).
 */
import './lib/offline-env.ts';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
