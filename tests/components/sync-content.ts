/**
 * Loads the tiny fixture collection (`tests/fixtures/valid/`) into Astro's
 * content store before components are rendered: the tests are about the
 * components, so they run on content made for them, not on the real briefings.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FIXTURE_COLLECTION } from './fixture-collection.ts';

export default function syncContent() {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	execFileSync(process.execPath, ['scripts/astro.ts', 'sync'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, BRIEFINGS_DIR: FIXTURE_COLLECTION },
	});
}
