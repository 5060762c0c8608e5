/** Running the real build script from tests, as a user would from a shell. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The environment without what vitest and Vite add to it (BASE_URL, MODE,
 * NODE_ENV=test…), which would otherwise leak into the Astro build.
 */
export function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(VITEST|VITE_|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(key)) delete env[key];
	}
	return { ...env, ...extra };
}

/** Runs `scripts/build.ts --out <out> [...args]`; rejects with the exit code and output on failure. */
export function runBuild(out: string, extra: Record<string, string> = {}, args: string[] = []) {
	return run(process.execPath, ['scripts/build.ts', '--out', out, ...args], { env: shellEnv(extra) });
}

/** Runs `scripts/build-portable.ts --out <out>`. */
export function runPortableBuild(out: string, extra: Record<string, string> = {}) {
	return run(process.execPath, ['scripts/build-portable.ts', '--out', out], {
		env: shellEnv(extra),
		maxBuffer: 64 * 1024 * 1024,
	});
}
