/**
 * The shipped nginx and Apache configurations, for real: Debian's server on a
 * loopback port, in a temporary prefix, serving a built site under a sub-path
 * exactly as `deploy/` tells an administrator to.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WebServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	/** What the server wrote to its error log so far. */
	log: () => string;
	stop: () => Promise<void>;
}

export type ServerName = 'nginx' | 'apache';

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

async function nginxConfig(prefix: string, www: string, port: number) {
	const snippet = (await readFile('deploy/nginx/briefings.conf', 'utf8')).replace('root /srv/www;', `root ${www};`);
	await writeFile(join(prefix, 'briefings.conf'), snippet);
	await mkdir(join(prefix, 'tmp'));
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/tmp/${t};`);
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
        listen 127.0.0.1:${port};
        server_name localhost;
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

async function apacheConfig(prefix: string, www: string, port: number) {
	const snippet = (await readFile('deploy/apache/briefings.conf', 'utf8')).replaceAll('/srv/www', www);
	await writeFile(join(prefix, 'briefings.conf'), snippet);
	// Only the modules the deploy notes ask for, and what any Debian Apache has loaded.
	const modules = ['mpm_event', 'authz_core', 'alias', 'dir', 'mime', 'headers', 'expires', 'filter', 'deflate'];
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
Include ${prefix}/briefings.conf
`,
	);
	await mkdir(join(prefix, 'empty'));
	return {
		command: '/usr/sbin/apache2',
		args: ['-f', join(prefix, 'httpd.conf'), '-DFOREGROUND'],
		stop: 'SIGTERM' as const,
	};
}

/** Starts the server with the shipped config and waits until it answers. */
export async function startWebServer(name: ServerName, site: string, subpath: string): Promise<WebServer> {
	const prefix = await mkdtemp(join(tmpdir(), `${name}-`));
	await chmod(prefix, 0o755); // readable by the server's own user
	const www = await documentRoot(prefix, site, subpath);
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const { command, args, stop } = await (name === 'nginx' ? nginxConfig : apacheConfig)(prefix, www, port);
	let output = '';
	const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk) => (output += String(chunk)));
	// nginx logs to its stderr; Apache cannot open a pipe as its log, so it writes a file.
	const errorLog = join(prefix, 'error.log');
	const log = () => output + (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
	const exited = new Promise<never>((_, reject) =>
		child.once('exit', (code) => reject(new Error(`${name} exited (${code}): ${log()}`))),
	);
	const ready = (async () => {
		for (let i = 0; i < 100; i++) {
			try {
				await fetch(`${origin}${subpath}`);
				return;
			} catch {
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
		}
		throw new Error(`${name} did not start: ${log()}`);
	})();
	await Promise.race([ready, exited]);
	return {
		origin,
		log,
		stop: async () => {
			if (child.exitCode !== null) return;
			const stopped = new Promise((resolve) => child.once('exit', resolve));
			child.kill(stop);
			await stopped;
		},
	};
}
