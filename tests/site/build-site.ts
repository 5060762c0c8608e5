/**
 * Builds the site fixture (`tests/fixtures/site/briefings`, invented content
 * made for these tests) once for the `site` tests, with the same script
 * `npm run build` uses: at the root into `.scratch/test-site/`, and under the
 * sub-path `/briefings/` into `.scratch/test-site-subpath/`, with the briefing
 * packs printed to PDF.
 *
 * The root build runs with no network at all, in a network namespace of its
 * own (`unshare --net`), with every Node process of it reporting any attempt
 * to reach another host (`tests/helpers/network-guard.ts`). Its output is kept
 * in `.scratch/test-site.log` for the offline test to read.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { shellEnv } from '../helpers/build.ts';
import { SITE_FIXTURE } from '../../scripts/lib/fixtures.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Absolute path of the built site. */
		siteDir: string;
		/** Absolute path of the site built for the sub-path `SUBPATH`. */
		subpathSiteDir: string;
		/** Absolute path of the root build's output (stdout and stderr), built offline. */
		offlineBuildLog: string;
	}
}

export const SUBPATH = '/briefings/';

/** `unshare` arguments for a command with no network: as root, or mapped to root in a user namespace. */
export function offlineCommand(command: string[]): [string, string[]] {
	const asRoot = process.getuid?.() === 0;
	return ['unshare', [...(asRoot ? ['--net'] : ['--net', '--map-root-user']), ...command]];
}

/** NODE_OPTIONS that load the network guard into every Node process. */
export const GUARD_OPTIONS = `--import ${resolve('tests/helpers/network-guard.ts')}`;

export default function buildSite(project: TestProject) {
	const siteDir = resolve('.scratch/test-site');
	const subpathSiteDir = resolve('.scratch/test-site-subpath');
	const offlineBuildLog = resolve('.scratch/test-site.log');
	// `npm run test:repeat` builds once, then reruns the tests on the same site.
	const reuse = process.env['TEST_SITE_REUSE'] === '1' && existsSync(siteDir) && existsSync(subpathSiteDir);
	if (!reuse) {
		const [command, args] = offlineCommand([process.execPath, 'scripts/build.ts', '--out', siteDir]);
		const offline = spawnSync(command, args, {
			encoding: 'utf8',
			env: shellEnv({ NODE_OPTIONS: GUARD_OPTIONS, BRIEFINGS_DIR: SITE_FIXTURE }),
		});
		const output = `${offline.stdout ?? ''}${offline.stderr ?? ''}${offline.error ? String(offline.error) : ''}`;
		writeFileSync(offlineBuildLog, output);
		process.stdout.write(output);
		if (offline.status !== 0) throw new Error(`The offline build failed (exit ${offline.status}); see above.`);
		// The sub-path site also prints the packs to PDF: Chromium needs a loopback the offline build has not.
		execFileSync(process.execPath, ['scripts/build.ts', '--out', subpathSiteDir, '--pdf'], {
			stdio: 'inherit',
			env: shellEnv({ BASE_PATH: SUBPATH, BRIEFINGS_DIR: SITE_FIXTURE }),
		});
	}
	project.provide('siteDir', siteDir);
	project.provide('subpathSiteDir', subpathSiteDir);
	project.provide('offlineBuildLog', offlineBuildLog);
}
