/**
 * A real browser for tests: headless Chromium driven by playwright-core, and
 * a small static server for the built site (optionally under a sub-path).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Chromium to use: `CHROME_PATH`, else the system's. Fails with instructions when there is none. */
export function findChrome(): string {
	const candidates = [
		process.env['CHROME_PATH'],
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
	];
	for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
	try {
		return execFileSync('sh', ['-c', 'command -v chromium || command -v google-chrome'], { encoding: 'utf8' }).trim();
	} catch {
		throw new Error('No Chromium found: set CHROME_PATH, or install one (Debian: apt-get install chromium).');
	}
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: findChrome(),
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};

export interface StaticSite {
	/** Origin and base path, ending in a slash: `http://127.0.0.1:1234/briefings/`. */
	url: string;
	close: () => Promise<void>;
}

/** Serves a built site on a loopback port, under `base`, with optional response headers. */
export async function serveSite(dir: string, base = '/', headers: Record<string, string> = {}): Promise<StaticSite> {
	const server: Server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		if (!path.startsWith(base)) {
			response.writeHead(404).end('not found');
			return;
		}
		let file = normalize(join(dir, path.slice(base.length)));
		if (!file.startsWith(dir)) {
			response.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
			response.end(body);
		} catch {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
