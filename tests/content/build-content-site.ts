/**
 * Builds the real briefings once for the content gates, with the same script
 * `npm run build` uses, into `.scratch/content-site/` (ignored by git and the linters).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { shellEnv } from '../helpers/build.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Absolute path of the site built from `briefings/`. */
		contentSiteDir: string;
	}
}

export default function buildContentSite(project: TestProject) {
	const out = resolve('.scratch/content-site');
	// `npm run test:repeat` (and a developer rerunning one test) builds once, then reruns on the same site.
	if (process.env['TEST_SITE_REUSE'] !== '1' || !existsSync(out))
		execFileSync(process.execPath, ['scripts/build.ts', '--out', out], {
			stdio: 'inherit',
			env: shellEnv({ BRIEFINGS_DIR: 'briefings' }),
		});
	project.provide('contentSiteDir', out);
}
