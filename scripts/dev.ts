/**
 * `npm run dev [-- astro dev options]`: checks the content, listing every
 * problem and starting nothing when there is one, then starts Astro's dev
 * server. Its loaders take that check (saved, as the build's is) instead of
 * checking every file a second time; after an edit they check afresh.
 */
import './lib/offline-env.ts';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SAVED_CHECK } from '../src/checker/saved-check.ts';

const scratch = resolve('.scratch');
mkdirSync(scratch, { recursive: true });
const saved = join(scratch, `checked-dev-${process.pid}.bin`);
const removeSaved = () => rmSync(saved, { force: true });

const check = spawnSync(process.execPath, [join(import.meta.dirname, 'check-content.ts'), '--save', saved], {
	stdio: 'inherit',
});
if (check.status !== 0) {
	removeSaved();
	process.exit(check.status ?? 1);
}

const astro = spawn(process.execPath, [join(import.meta.dirname, 'astro.ts'), 'dev', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, [SAVED_CHECK]: saved },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
astro.on('exit', (code, signal) => {
	removeSaved();
	process.exit(code ?? (signal ? 1 : 0));
});
