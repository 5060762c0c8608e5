/**
 * The shipped nginx and Apache configurations, for real: Debian's server on a
 * loopback port, in a temporary prefix, serving a built site under a sub-path
 * exactly as `deploy/` tells an administrator to, password file included. The
 * documented alternatives are turned on as the deploy notes say (the tag
 * deleted from their lines), so the tests prove the documented lines work.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WebServer {
	/** `http://127.0.0.1:<port>`, or `https://` with `tls` */
	origin: string;
	port: number;
	/** Where the password file is (or would be), as the server was told. */
	passwordFile: string;
	/** What the server wrote to its error log so far. */
	log: () => string;
	stop: () => Promise<void>;
}

export type ServerName = 'nginx' | 'apache';

/** The documented alternatives to the password, by the tag on their lines. */
export type Alternative = 'allow-list' | 'client-cert' | 'sso';

export interface WebServerOptions {
	/** The password file's content; `null`: no password file at all. Default: `TEST_READER`, hashed with APR1. */
	passwordFile?: string | null;
	/** Alternatives to turn on: their tag deleted from each of their lines. */
	enable?: readonly Alternative[];
	/** Comments out the password lines, as when an alternative replaces the password. */
	withoutPassword?: boolean;
	/** Further edits of the shipped file, each of which must apply: the allow-list's network, the SSO proxy's address. */
	replace?: readonly (readonly [from: string, to: string])[];
	/** Files for the folder that stands for /etc/briefings/, such as the unit's CA. */
	etc?: Readonly<Record<string, string>>;
	/** Serves HTTPS with this certificate and key (PEM files). */
	tls?: { cert: string; key: string };
}

/** The reader the hosting tests log in as. */
export const TEST_READER = { username: 'reader', password: 'correct horse battery staple' } as const;

/** An `Authorization` header value for HTTP basic authentication. */
export function basicAuth(username: string, password: string): string {
	return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** A password file line, made as the deploy notes tell: `htpasswd -B` (bcrypt) or `openssl passwd -apr1`. */
export function passwordLine(username: string, password: string, hash: 'bcrypt' | 'apr1' = 'apr1'): string {
	// The password goes on standard input, as a person would type it, never on a command line.
	if (hash === 'bcrypt') return execFileSync('htpasswd', ['-niB', username], { input: password }).toString().trim();
	return `${username}:${execFileSync('openssl', ['passwd', '-apr1', '-stdin'], { input: password }).toString().trim()}`;
}

/** A TCP port on the loopback interface that nothing listens on. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** A document root holding the site as the folder named like the sub-path, as the deploy notes say. */
async function documentRoot(prefix: string, site: string, subpath: string): Promise<string> {
	const www = join(prefix, 'www');
	await mkdir(www, { recursive: true });
	await symlink(site, join(www, subpath.replaceAll('/', '')));
	return www;
}

/** The lines that ask for the password, which an administrator comments out when an alternative replaces it. */
const PASSWORD_LINES: Record<ServerName, { pattern: RegExp; count: number }> = {
	nginx: { pattern: /^(\s*)(auth_basic(?:_user_file)? )/gm, count: 2 },
	apache: { pattern: /^(\s*)(Require valid-user)$/gm, count: 1 },
};

/** The shipped file with the paths of this prefix, edited as the options say; every edit must apply. */
async function snippet(name: ServerName, www: string, etc: string, options: WebServerOptions): Promise<string> {
	let text = await readFile(`deploy/${name}/briefings.conf`, 'utf8');
	const edit = (from: string | RegExp, to: string, what: string, count?: number) => {
		const found = typeof from === 'string' ? text.split(from).length - 1 : (text.match(from)?.length ?? 0);
		if (found === 0 || (count !== undefined && found !== count))
			throw new Error(`deploy/${name}/briefings.conf: ${what} not found as expected (${found} matches)`);
		text = text.replaceAll(from, to);
	};
	edit('/srv/www', www, 'the site folder');
	edit('/etc/briefings/', `${etc}/`, 'the password file');
	for (const tag of options.enable ?? []) edit(`#[${tag}] `, '', `the lines tagged #[${tag}]`);
	if (options.withoutPassword) {
		const { pattern, count } = PASSWORD_LINES[name];
		edit(pattern, '$1#$2', 'the password lines', count);
	}
	for (const [from, to] of options.replace ?? []) edit(from, to, JSON.stringify(from));
	return text;
}

async function nginxConfig(prefix: string, www: string, port: number, options: WebServerOptions) {
	await mkdir(join(prefix, 'tmp'));
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/tmp/${t};`);
	const tls = options.tls
		? `ssl_certificate ${options.tls.cert};\n        ssl_certificate_key ${options.tls.key};`
		: '';
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
    ${temp.join('\n    ')}
    server {
        listen 127.0.0.1:${port}${options.tls ? ' ssl' : ''};
        server_name localhost;
        ${tls}
        # A rule of the existing server, as many have: it would serve the site's styles, data and
        # packs without the login, were the site's location not marked to win over it.
        location ~* \\.(css|js|json|csv|pdf|txt)$ { root ${www}; }
        include ${prefix}/briefings.conf;
    }
}
`,
	);
	return {
		command: '/usr/sbin/nginx',
		args: ['-p', prefix, '-c', join(prefix, 'nginx.conf')],
		stop: 'SIGQUIT' as const,
	};
}

async function apacheConfig(prefix: string, _www: string, port: number, options: WebServerOptions) {
	// Only the modules the deploy notes ask for, and what any Debian Apache has loaded (the login and `Require ip`).
	const modules = [
		...['mpm_event', 'authz_core', 'alias', 'dir', 'mime', 'headers', 'expires', 'filter', 'deflate'],
		...['authn_core', 'authn_file', 'auth_basic', 'authz_user', 'authz_host', 'autoindex'],
		...(options.tls ? ['ssl'] : []),
	];
	const tls = options.tls
		? `SSLEngine on\nSSLCertificateFile ${options.tls.cert}\nSSLCertificateKeyFile ${options.tls.key}\n`
		: '';
	// Apache refuses to serve as root: as root, its workers run as Debian's www-data.
	const user = process.getuid?.() === 0 ? 'User www-data\nGroup www-data\n' : '';
	await writeFile(
		join(prefix, 'httpd.conf'),
		`ServerRoot ${prefix}
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
${user}Listen 127.0.0.1:${port}
ServerName localhost
PidFile ${prefix}/httpd.pid
ErrorLog ${prefix}/error.log
LogLevel warn
TypesConfig /etc/mime.types
DocumentRoot ${prefix}/empty
${tls}Include ${prefix}/briefings.conf
`,
	);
	await mkdir(join(prefix, 'empty'));
	return {
		command: '/usr/sbin/apache2',
		args: ['-f', join(prefix, 'httpd.conf'), '-DFOREGROUND'],
		stop: 'SIGTERM' as const,
	};
}

/** Resolves once something accepts connections on the port, or once the server is no longer running. */
async function portOpen(port: number, running: () => boolean): Promise<void> {
	while (running()) {
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (open) return;
		// Not listening yet: look again shortly rather than spin.
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

/** Starts the server with the shipped config and waits until it accepts connections. */
export async function startWebServer(
	name: ServerName,
	site: string,
	subpath: string,
	options: WebServerOptions = {},
): Promise<WebServer> {
	const prefix = await mkdtemp(join(tmpdir(), `${name}-`));
	await chmod(prefix, 0o755); // readable by the server's own user
	const www = await documentRoot(prefix, site, subpath);
	// Stands for /etc/briefings/: the password file and the unit's CA, readable by the server's user.
	const etc = join(prefix, 'etc', 'briefings');
	await mkdir(etc, { recursive: true, mode: 0o755 });
	const passwordFile = join(etc, 'htpasswd');
	const content =
		options.passwordFile === undefined
			? `${passwordLine(TEST_READER.username, TEST_READER.password)}\n`
			: options.passwordFile;
	if (content !== null) await writeFile(passwordFile, content, { mode: 0o644 });
	for (const [file, text] of Object.entries(options.etc ?? {})) await writeFile(join(etc, file), text);
	await writeFile(join(prefix, 'briefings.conf'), await snippet(name, www, etc, options));

	const port = await freePort();
	const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
	const { command, args, stop } = await (name === 'nginx' ? nginxConfig : apacheConfig)(prefix, www, port, options);
	let output = '';
	const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk) => (output += String(chunk)));
	// nginx logs to its stderr; Apache cannot open a pipe as its log, so it writes a file.
	const errorLog = join(prefix, 'error.log');
	const log = () => output + (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
	const running = () => child.exitCode === null && child.signalCode === null;
	const exited = new Promise<never>((_, reject) =>
		child.once('exit', (code) => reject(new Error(`${name} exited (${code}): ${log()}`))),
	);
	exited.catch(() => undefined); // a later exit is the test's business, through stop() and log()
	await Promise.race([portOpen(port, running), exited]);
	return {
		origin,
		port,
		passwordFile,
		log,
		stop: async () => {
			if (!running()) return;
			const stopped = new Promise((resolve) => child.once('exit', resolve));
			child.kill(stop);
			await stopped;
		},
	};
}
