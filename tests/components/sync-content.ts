/** Loads the real briefings into Astro's content store before components are rendered. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function syncContent() {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { cwd: root, stdio: 'ignore' });
}
