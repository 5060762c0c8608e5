/**
 * Builds the real site once for the `site` tests, with the same script
 * `npm run build` uses: at the root into `.build/test-site/`, and under the
 * sub-path `/briefings/` into `.build/test-site-subpath/`.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { shellEnv } from '../helpers/build.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Absolute path of the built site. */
		siteDir: string;
		/** Absolute path of the site built for the sub-path `SUBPATH`. */
		subpathSiteDir: string;
	}
}

export const SUBPATH = '/briefings/';

export default function buildSite(project: TestProject) {
	const siteDir = resolve('.build/test-site');
	const subpathSiteDir = resolve('.build/test-site-subpath');
	execFileSync(process.execPath, ['scripts/build.ts', '--out', siteDir], { stdio: 'inherit', env: shellEnv() });
	execFileSync(process.execPath, ['scripts/build.ts', '--out', subpathSiteDir], { stdio: 'inherit', env: shellEnv({ BASE_PATH: SUBPATH }) });
	project.provide('siteDir', siteDir);
	project.provide('subpathSiteDir', subpathSiteDir);
}
