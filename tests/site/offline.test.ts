/**
 * The site is for closed networks: the build and the project's own tools
 * must never reach another host, and never announce that they might.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { shellEnv } from '../helpers/build.ts';
import { freePort } from '../helpers/web-server.ts';
import { GUARD_MARK } from '../helpers/network-guard.ts';
import { GUARD_OPTIONS, offlineCommand } from './build-site.ts';

test('the full build succeeds with no network at all, and tries to reach no other host', async () => {
	const log = await readFile(inject('offlineBuildLog'), 'utf8');
	expect(log).toMatch(/\[build\] Done: \d+ pages/);
	expect(log.split('\n').filter((line) => line.includes(GUARD_MARK))).toEqual([]);
	expect(log).not.toMatch(/telemetry|anonymous usage/i);
});

test('the namespace the site is built in really has no network, and the guard sees what is tried', () => {
	const [command, args] = offlineCommand([
		process.execPath,
		'-e',
		'fetch("https://registry.npmjs.org/").then(() => console.log("reached"), () => console.log("unreachable"))',
	]);
	const probe = spawnSync(command, args, { encoding: 'utf8', env: shellEnv({ NODE_OPTIONS: GUARD_OPTIONS }) });
	expect(probe.stdout.trim()).toBe('unreachable');
	expect(probe.stderr).toContain(`${GUARD_MARK} lookup registry.npmjs.org`);
});

/** Runs an npm script until it prints its local URL, then stops it; resolves to everything it printed. */
function runUntilServing(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', script, '--', ...args], { env, detached: true });
		let output = '';
		const timer = setTimeout(() => finish(new Error(`npm run ${script} did not start: ${output}`)), 60_000);
		const finish = (error?: Error) => {
			clearTimeout(timer);
			try {
				process.kill(-child.pid!, 'SIGTERM');
			} catch {
				// already gone
			}
			if (error) reject(error);
			else resolve(output);
		};
		for (const stream of [child.stdout, child.stderr]) {
			stream.on('data', (chunk) => {
				output += String(chunk);
				if (/http:\/\/localhost:\d+/.test(output)) finish();
			});
		}
		child.on('exit', (code) => finish(new Error(`npm run ${script} exited (${code}): ${output}`)));
	});
}

test.each(['preview', 'dev'])(
	'`npm run %s` on a machine that has never run Astro prints no telemetry notice',
	async (script) => {
		// A fresh configuration folder: Astro shows its notice once per machine, on first use.
		const home = await mkdtemp(join(tmpdir(), 'fresh-home-'));
		const env = shellEnv({ HOME: home, XDG_CONFIG_HOME: join(home, '.config') });
		delete env['CI'];
		const args = ['--port', String(await freePort()), ...(script === 'preview' ? ['--outDir', inject('siteDir')] : [])];
		const output = await runUntilServing(script, args, env);
		expect(output).not.toMatch(/telemetry|anonymous usage/i);
	},
	90_000,
);
