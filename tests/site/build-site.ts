/**
 * Builds the real site once for the `site` tests, with the same script
 * `npm run build` uses, into `.build/test-site/`.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { shellEnv } from '../helpers/build.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Absolute path of the built site. */
		siteDir: string;
	}
}

export default function buildSite(project: TestProject) {
	const siteDir = resolve('.build/test-site');
	execFileSync(process.execPath, ['scripts/build.ts', '--out', siteDir], { stdio: 'inherit', env: shellEnv() });
	project.provide('siteDir', siteDir);
}
