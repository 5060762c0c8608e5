/**
 * Issue 26: only the unit gets in, and nothing gets indexed. Debian's nginx and
 * Apache serve the site built for /briefings/ with the shipped files
 * (`tests/helpers/web-server.ts`), and plain HTTP requests check them, no
 * browser: every kind of path asks for the password and serves the built file
 * only to a reader; no password file, no site; every answer says noindex; no
 * path trick reaches a file outside the site or the password file.
 *
 * The documented alternatives are turned on as the deploy notes say, by
 * deleting their tag, so what is tested is the shipped lines: the allow-list,
 * client certificates from the unit's CA (made here with openssl), and, for
 * nginx, single sign-on through `auth_request` to an authenticating proxy
 * (here a stub that says yes or no). Apache's single sign-on is
 * mod_auth_openidc, which needs a running identity provider: it is documented
 * in the shipped file and not tested here.
 *
 * Run on an existing build: HOSTING_SITE_DIR=<a site built for /briefings/>.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request as httpsRequest, type RequestOptions } from 'node:https';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CSP_DIRECTIVES, cspString, HEADER_ONLY_DIRECTIVES } from '../../src/lib/csp.ts';
import { makeTestPki, type TestPki } from '../helpers/test-pki.ts';
import {
	basicAuth,
	passwordLine,
	startWebServer,
	TEST_READER,
	type ServerName,
	type WebServer,
	type WebServerOptions,
} from '../helpers/web-server.ts';
import { SUBPATH } from './build-site.ts';

const site = process.env['HOSTING_SITE_DIR'] ?? inject('subpathSiteDir');
const SERVERS: ServerName[] = ['nginx', 'apache'];
const NOINDEX = 'noindex, nofollow, noarchive';
const CSP = cspString({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/** A second reader, with an APR1 hash (`openssl passwd -apr1`); TEST_READER's is bcrypt (`htpasswd -B`). */
const ANALYST = { username: 'analyst', password: 'another passphrase' };
const READER_AUTH = { authorization: basicAuth(TEST_READER.username, TEST_READER.password) };
const ANALYST_AUTH = { authorization: basicAuth(ANALYST.username, ANALYST.password) };
const WRONG_AUTH = { authorization: basicAuth(TEST_READER.username, 'not the password') };
const STRANGER_AUTH = { authorization: basicAuth('stranger', TEST_READER.password) };

const built = (file: string) => readFileSync(join(site, file));
const titleOf = (file: string) => /<title>([^<]+)<\/title>/.exec(built(file).toString())![1]!;

/** A person's page, whichever collection the site was built from. */
const PERSON = readdirSync(join(site, 'en/people')).find((p) => existsSync(join(site, 'en/people', p, 'index.html')))!;
/** Text that only the site's own pages hold: none of it may show before the login. */
const SITE_TEXT = [titleOf('index.html'), titleOf(`en/people/${PERSON}/index.html`), titleOf('404.html')];

/** One path of every kind the site serves: `path` under the sub-path, `file` in the built site. */
const PDF = (readdirSync(site, { recursive: true }) as string[]).find((f) => f.endsWith('.pdf'));
const PATH_KINDS = [
	{ kind: 'a page', path: `en/people/${PERSON}/`, file: `en/people/${PERSON}/index.html` },
	{ kind: 'the home page', path: '', file: 'index.html' },
	{
		kind: 'a stylesheet in _astro/',
		path: `_astro/${readdirSync(join(site, '_astro')).find((f) => f.endsWith('.css'))}`,
	},
	{ kind: 'the search index', path: 'pagefind/pagefind-entry.json' },
	{ kind: 'a name file in search-names/', path: 'search-names/0.json' },
	{ kind: 'a CSV download', path: 'en/data/people.csv' },
	{ kind: 'the JSON download in data/', path: 'data/collection.json' },
	{ kind: 'the not-found page', path: '404.html' },
	{ kind: 'robots.txt', path: 'robots.txt' },
	// A site built without Chromium has no PDF packs.
	...(PDF ? [{ kind: 'a pack PDF', path: PDF }] : []),
].map((k) => ({ ...k, file: k.file ?? k.path }));
const PAGE = PATH_KINDS[0]!;
/** A page, the home page (a folder's index), a stylesheet and the search index: one path per location of the nginx file. */
const EACH_LOCATION = PATH_KINDS.slice(0, 4);

interface Reply {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
	text: string;
}

/**
 * One GET, with node:http(s) because it sends the path exactly as written
 * (fetch would resolve `..` and `%2e%2e` first) and keeps no connection open.
 */
function get(server: WebServer, path: string, headers: OutgoingHttpHeaders = {}, tls: RequestOptions = {}) {
	const request = server.origin.startsWith('https:') ? httpsRequest : httpRequest;
	return new Promise<Reply>((resolve, reject) => {
		const options = { host: '127.0.0.1', port: server.port, path, headers, agent: false, ...tls };
		request(options, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('error', reject);
			response.on('end', () => {
				const body = Buffer.concat(chunks);
				resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text: body.toString() });
			});
		})
			.on('error', reject)
			.end();
	});
}

/** A refusal: the server's own short page, with nothing of the site in it, and (unless told) still noindex. */
function expectRefusal(reply: Reply, status: number | 'any', file?: string, noindex = true) {
	if (status === 'any') expect(reply.status).toBeGreaterThanOrEqual(300);
	else expect(reply.status).toBe(status);
	if (noindex) expect(reply.headers['x-robots-tag']).toBe(NOINDEX);
	expect(reply.body.length).toBeLessThan(1024);
	for (const text of SITE_TEXT) expect(reply.text).not.toContain(text);
	// Not a piece of the file asked for either.
	if (file) expect(reply.body.includes(built(file).subarray(0, 64))).toBe(false);
}

/** The file as built, with the site's headers. */
function expectServed(reply: Reply, file: string) {
	expect(reply.status).toBe(200);
	expect(reply.body.equals(built(file))).toBe(true);
	expect(reply.headers['content-security-policy']).toBe(CSP);
	expect(reply.headers['x-robots-tag']).toBe(NOINDEX);
}

/** Starts a server for one describe block (on the built site, or on the one `siteOf` makes), stopped after it. */
function serve(
	name: ServerName,
	options: () => WebServerOptions = () => ({}),
	siteOf: () => Promise<string> = async () => site,
) {
	let server: WebServer | undefined;
	beforeAll(async () => {
		server = await startWebServer(name, await siteOf(), SUBPATH, options());
	});
	afterAll(async () => {
		await server?.stop();
	});
	return {
		get server(): WebServer {
			if (!server) throw new Error(`${name} did not start`);
			return server;
		},
	};
}

const passwordFile = () =>
	`${passwordLine(TEST_READER.username, TEST_READER.password, 'bcrypt')}\n` +
	`${passwordLine(ANALYST.username, ANALYST.password, 'apr1')}\n`;

describe.each(SERVERS)('%s with the shipped config: the password', (name) => {
	const host = serve(name, () => ({ passwordFile: passwordFile() }));

	test.each(PATH_KINDS)('$kind: a reader only, with the built bytes and the headers', async ({ path, file }) => {
		const url = `${SUBPATH}${path}`;
		const anonymous = await get(host.server, url);
		expectRefusal(anonymous, 401, file);
		expect(anonymous.headers['www-authenticate']).toMatch(/^Basic realm="Briefings/);
		expect(anonymous.headers['content-security-policy']).toBe(CSP);
		expectRefusal(await get(host.server, url, WRONG_AUTH), 401, file);
		expectRefusal(await get(host.server, url, STRANGER_AUTH), 401, file);
		expectServed(await get(host.server, url, READER_AUTH), file);
	});

	test('both hashes the deploy notes give work: bcrypt (htpasswd -B) and APR1 (openssl passwd -apr1)', async () => {
		expectServed(await get(host.server, `${SUBPATH}${PAGE.path}`, READER_AUTH), PAGE.file);
		expectServed(await get(host.server, `${SUBPATH}${PAGE.path}`, ANALYST_AUTH), PAGE.file);
	});

	test('a missing page: the login first, and the site’s "not found" page only to a reader', async () => {
		const url = `${SUBPATH}en/people/nobody-by-this-name/`;
		expectRefusal(await get(host.server, url), 401);
		const reader = await get(host.server, url, READER_AUTH);
		expect(reader.status).toBe(404);
		expect(reader.text).toContain(titleOf('404.html'));
		expect(reader.headers['x-robots-tag']).toBe(NOINDEX);
	});

	test('no folder is listed, even to a reader', async () => {
		const notFound = built('404.html').toString();
		for (const folder of ['_astro/', 'pagefind/', 'search-names/', 'data/']) {
			const reply = await get(host.server, `${SUBPATH}${folder}`, READER_AUTH);
			expect(reply.status, folder).toBeGreaterThanOrEqual(403);
			expect(reply.headers['x-robots-tag']).toBe(NOINDEX);
			// No name from the folder, but those the site's own "not found" page links to.
			const listed = readdirSync(join(site, folder)).filter((f) => reply.text.includes(f) && !notFound.includes(f));
			expect(listed, folder).toEqual([]);
		}
	});

	test('robots.txt turns every robot away', async () => {
		const reply = await get(host.server, `${SUBPATH}robots.txt`, READER_AUTH);
		expect(reply.status).toBe(200);
		expect(reply.text).toMatch(/^User-agent: \*$/m);
		expect(reply.text).toMatch(/^Disallow: \/$/m);
		expect(reply.body.equals(readFileSync('public/robots.txt'))).toBe(true);
	});

	test('no path trick reaches a file outside the site, or the password file', async () => {
		const passwordPath = host.server.passwordFile; // where the server reads it (the test's /etc/briefings/)
		const tricks = [
			`${SUBPATH}../etc/passwd`,
			`${SUBPATH}../../../../../etc/passwd`,
			`${SUBPATH}%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd`,
			`${SUBPATH}..%2f..%2f..%2f..%2f..%2fetc%2fpasswd`,
			`${SUBPATH}%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd`,
			'/briefings../etc/passwd',
			`${SUBPATH}htpasswd`,
			`${SUBPATH}.htpasswd`,
			`${SUBPATH}../../etc/briefings/htpasswd`,
			`${SUBPATH}%2e%2e/%2e%2e/etc/briefings/htpasswd`,
			`${SUBPATH}..${passwordPath}`,
			`${SUBPATH}%2e%2e${passwordPath.replaceAll('/', '%2f')}`,
			passwordPath,
			'/etc/briefings/htpasswd',
		];
		for (const path of tricks) {
			for (const headers of [{}, READER_AUTH]) {
				const reply = await get(host.server, path, headers);
				expect(reply.status, path).not.toBe(200);
				expect(reply.text, path).not.toMatch(/root:|\$apr1\$|\$2y\$/);
			}
		}
	});
});

describe.each(SERVERS)('%s with the shipped config: files copied into the site by mistake', (name) => {
	// A tiny site of its own: the built one is shared with the other tests and stays as built.
	const stray = { htpasswd: passwordFile(), '.htpasswd': passwordFile(), '.git/config': '[core]\n' };
	const host = serve(
		name,
		() => ({ passwordFile: passwordFile() }),
		async () => {
			const dir = await mkdtemp(join(tmpdir(), 'stray-site-'));
			await chmod(dir, 0o755);
			await writeFile(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
			await mkdir(join(dir, '.git'), { mode: 0o755 });
			for (const [file, text] of Object.entries(stray)) await writeFile(join(dir, file), text, { mode: 0o644 });
			return dir;
		},
	);

	test('a password file or a hidden file is never served, even to a reader', async () => {
		expect((await get(host.server, SUBPATH, READER_AUTH)).status).toBe(200);
		for (const file of Object.keys(stray)) {
			for (const headers of [{}, READER_AUTH]) {
				const reply = await get(host.server, `${SUBPATH}${file}`, headers);
				expect(reply.status, file).toBeGreaterThanOrEqual(401);
				expect(reply.text, file).not.toMatch(/\$apr1\$|\$2y\$|\[core\]/);
			}
		}
	});
});

describe.each(SERVERS)('%s with the shipped config: no password file', (name) => {
	const host = serve(name, () => ({ passwordFile: null }));

	test('no site: a refusal with the right password too, never a page', async () => {
		for (const { path, file } of [PAGE, PATH_KINDS.find((k) => k.path.startsWith('_astro/'))!]) {
			expectRefusal(await get(host.server, `${SUBPATH}${path}`), 401, file);
			const reader = await get(host.server, `${SUBPATH}${path}`, READER_AUTH);
			expectRefusal(reader, 'any', file);
			expect(reader.status).toBeGreaterThanOrEqual(403);
		}
		// The server says why.
		expect(host.server.log()).toContain(host.server.passwordFile);
	});
});

describe.each(SERVERS)('%s with the shipped config: the allow-list', (name) => {
	describe('as shipped (10.0.0.0/8), with the password: 127.0.0.1 is outside', () => {
		const host = serve(name, () => ({ enable: ['allow-list'] }));
		test('403, with the password or without', async () => {
			for (const { path, file } of EACH_LOCATION) {
				expectRefusal(await get(host.server, `${SUBPATH}${path}`, READER_AUTH), 403, file);
				expectRefusal(await get(host.server, `${SUBPATH}${path}`), 403, file);
			}
		});
	});

	describe('allowing 127.0.0.1, with the password', () => {
		const host = serve(name, () => ({ enable: ['allow-list'], replace: [['10.0.0.0/8', '127.0.0.1']] }));
		test('the password still asked for, then the site', async () => {
			for (const { path, file } of EACH_LOCATION) {
				expectRefusal(await get(host.server, `${SUBPATH}${path}`), 401, file);
				expectServed(await get(host.server, `${SUBPATH}${path}`, READER_AUTH), file);
			}
		});
	});

	describe('in place of the password', () => {
		const outside = serve(name, () => ({ enable: ['allow-list'], withoutPassword: true }));
		const inside = serve(name, () => ({
			enable: ['allow-list'],
			withoutPassword: true,
			replace: [['10.0.0.0/8', '127.0.0.1']],
		}));
		test('outside: 403; inside: the site with no password', async () => {
			for (const { path, file } of EACH_LOCATION) {
				expectRefusal(await get(outside.server, `${SUBPATH}${path}`), 403, file);
				expectServed(await get(inside.server, `${SUBPATH}${path}`), file);
			}
		});
	});
});

describe.each(SERVERS)('%s with the shipped config: client certificates from the unit’s CA', (name) => {
	let pki: TestPki;
	beforeAll(async () => {
		pki = await makeTestPki();
	});
	const overHttps = (extra: WebServerOptions) => () => ({
		tls: { cert: pki.server.certFile, key: pki.server.keyFile },
		etc: { 'unit-ca.pem': pki.ca },
		enable: ['client-cert' as const],
		...extra,
	});
	/** A GET over HTTPS as a browser holding `holder`'s certificate (or none) would send it. */
	const as = async (server: WebServer, path: string, holder?: 'reader' | 'stranger', headers = {}) => {
		const tls = { ca: pki.ca, ...(holder ? { cert: pki[holder].cert, key: pki[holder].key } : {}) };
		// A certificate refused during the handshake is a closed connection, not an HTTP answer.
		return get(server, `${SUBPATH}${path}`, headers, tls).catch((error: Error) => error);
	};
	const answered = (reply: Reply | Error): Reply => {
		if (reply instanceof Error) throw reply;
		return reply;
	};

	describe('in place of the password', () => {
		const host = serve(name, overHttps({ withoutPassword: true }));
		test('no certificate, or one from another CA: refused; the unit’s: the site', async () => {
			for (const { path, file } of EACH_LOCATION) {
				expectRefusal(answered(await as(host.server, path)), 403, file);
				// nginx answers a certificate it cannot verify with its own 400 page before it looks at the
				// site's locations, so without the site's headers; Apache ends the handshake.
				const stranger = await as(host.server, path, 'stranger');
				if (!(stranger instanceof Error)) expectRefusal(stranger, 'any', file, false);
				expectServed(answered(await as(host.server, path, 'reader')), file);
			}
		});
	});

	describe('with the password', () => {
		const host = serve(name, overHttps({}));
		test('the unit’s certificate and the password, both', async () => {
			expectRefusal(answered(await as(host.server, PAGE.path, undefined, READER_AUTH)), 403, PAGE.file);
			expectRefusal(answered(await as(host.server, PAGE.path, 'reader')), 401, PAGE.file);
			expectServed(answered(await as(host.server, PAGE.path, 'reader', READER_AUTH)), PAGE.file);
		});
	});
});

describe('nginx with the shipped config: single sign-on through auth_request', () => {
	// The authenticating proxy (oauth2-proxy or the like), reduced to its answer: a session cookie it knows, or not.
	const asked: string[] = [];
	const proxy = createServer((request, response) => {
		asked.push(String(request.headers['x-original-uri']));
		const signedIn = request.url === '/oauth2/auth' && request.headers.cookie === 'session=signed-in';
		response.writeHead(signedIn ? 202 : 401).end();
	});
	let proxyPort = 0;
	beforeAll(async () => {
		await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
		proxyPort = (proxy.address() as AddressInfo).port;
	});
	afterAll(async () => {
		if (proxy.listening) await new Promise((resolve) => proxy.close(resolve));
	});
	const host = serve('nginx', () => ({
		enable: ['sso'],
		withoutPassword: true,
		replace: [['127.0.0.1:4180', `127.0.0.1:${proxyPort}`]],
	}));
	const signedIn = { cookie: 'session=signed-in' };

	test('the proxy says 401: the reader is sent to sign in, and sees nothing of the site', async () => {
		for (const { path, file } of EACH_LOCATION) {
			const reply = await get(host.server, `${SUBPATH}${path}`);
			expectRefusal(reply, 302, file);
			const signIn = new URL(reply.headers.location!, host.server.origin);
			expect(signIn.pathname + signIn.search).toBe(`/oauth2/start?rd=${SUBPATH}${path}`);
		}
		expectRefusal(await get(host.server, `${SUBPATH}en/people/nobody-by-this-name/`), 302);
	});

	test('the proxy says 202: the site, and the proxy was told which path', async () => {
		asked.length = 0;
		for (const { path, file } of PATH_KINDS) expectServed(await get(host.server, `${SUBPATH}${path}`, signedIn), file);
		// Asked again when nginx turns a folder into its index.html: a set, not a list.
		expect(new Set(asked)).toEqual(new Set(PATH_KINDS.map(({ path }) => `${SUBPATH}${path}`)));
		const missing = await get(host.server, `${SUBPATH}en/people/nobody-by-this-name/`, signedIn);
		expect(missing.status).toBe(404);
		expect(missing.text).toContain(titleOf('404.html'));
	});

	test('the proxy does not answer: 500, never the site', async () => {
		await new Promise((resolve) => proxy.close(resolve));
		expectRefusal(await get(host.server, `${SUBPATH}${PAGE.path}`, signedIn), 500, PAGE.file);
	});
});
