/**
 * The shipped nginx configuration, for real: Debian's nginx on a loopback
 * port serves the site built for /briefings/, and a browser navigates and
 * searches through it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../../scripts/lib/browser.ts';
import { CSP_DIRECTIVES, cspString, HEADER_ONLY_DIRECTIVES } from '../../../src/lib/csp.ts';
import { SUBPATH } from '../build-site.ts';

const NGINX = '/usr/sbin/nginx';
let nginx: ChildProcess | undefined;
let origin = '';
let browser: Browser;
let log = '';

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

beforeAll(async () => {
	const prefix = await mkdtemp(join(tmpdir(), 'nginx-'));
	const www = join(prefix, 'www');
	await mkdir(join(prefix, 'tmp'), { recursive: true });
	await mkdir(www);
	await symlink(inject('subpathSiteDir'), join(www, SUBPATH.replaceAll('/', '')));
	const snippet = (await readFile('deploy/nginx/briefings.conf', 'utf8')).replace('root /srv/www;', `root ${www};`);
	await writeFile(join(prefix, 'briefings.conf'), snippet);
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	await writeFile(
		join(prefix, 'nginx.conf'),
		`daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        include ${prefix}/briefings.conf;
    }
}
`,
	);
	nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
	nginx.stderr?.on('data', (chunk) => (log += String(chunk)));
	const exited = new Promise((_, reject) => nginx!.once('exit', (code) => reject(new Error(`nginx exited (${code}): ${log}`))));
	const ready = (async () => {
		for (let i = 0; i < 100; i++) {
			try {
				await fetch(`${origin}${SUBPATH}`);
				return;
			} catch {
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
		}
		throw new Error(`nginx did not start: ${log}`);
	})();
	await Promise.race([ready, exited]);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	if (nginx && nginx.exitCode === null) {
		const stopped = new Promise((resolve) => nginx!.once('exit', resolve));
		nginx.kill('SIGQUIT');
		await stopped;
	}
});

test('nginx sends the strict CSP and cache headers from the shipped config', async () => {
	const page = await fetch(`${origin}${SUBPATH}en/people/tokayev/`);
	expect(page.status).toBe(200);
	expect(page.headers.get('content-security-policy')).toBe(cspString({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES }));
	expect(page.headers.get('cache-control')).toBe('no-cache');
	const html = await page.text();
	const css = /href="([^"]+\.css)"/.exec(html)![1]!;
	const asset = await fetch(`${origin}${css}`);
	expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	expect(asset.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
	const wasm = await fetch(`${origin}${SUBPATH}pagefind/wasm.en.pagefind`);
	expect(wasm.status).toBe(200);
});

test('through nginx, a reader navigates and searches with no error', async () => {
	const page = await browser.newPage();
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
	await page.goto(`${origin}${SUBPATH}`);
	await page.click('a[hreflang="en"]');
	await page.click('nav a[href$="/summits/"]');
	await page.click('a[href$="/summits/cica-2022-astana/"]');
	expect(await page.textContent('h1')).toBe('Sixth CICA Summit, Astana');
	await page.keyboard.press('/');
	await page.keyboard.type('Raisi');
	await page.waitForSelector('.search-popup .search-result');
	await page.click('.search-popup .search-result-title');
	await page.waitForURL(`**${SUBPATH}en/people/raisi/?highlight=Raisi`);
	expect(await page.textContent('h1')).toBe('Ebrahim Raisi');
	expect(problems).toEqual([]);
	await page.close();
});
