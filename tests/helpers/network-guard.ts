/**
 * Loaded with `node --import` into every process of a build under test: it
 * reports, on stderr, any attempt to look up a host name or to open a
 * connection that is not to this machine. The build still runs as usual; the
 * test reads the report.
 */
import dns from 'node:dns';
import net from 'node:net';

export const GUARD_MARK = '[network-guard]';

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|::1|0\.0\.0\.0)$/;
const report = (what: string) => process.stderr.write(`${GUARD_MARK} ${what} (pid ${process.pid})\n`);

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
	const [first, second] = args;
	const options = (typeof first === 'object' && first !== null ? first : { port: first, host: second }) as {
		path?: string;
		host?: string;
		port?: unknown;
	};
	if (options.path === undefined && !LOCAL.test(options.host ?? 'localhost')) {
		report(`connect ${options.host}:${String(options.port)}`);
	}
	return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

const lookup = dns.lookup;
dns.lookup = function (hostname: string, ...rest: unknown[]) {
	if (!LOCAL.test(hostname)) report(`lookup ${hostname}`);
	return (lookup as (...a: unknown[]) => void).call(dns, hostname, ...rest);
} as typeof dns.lookup;

const lookupPromise = dns.promises.lookup;
dns.promises.lookup = function (hostname: string, ...rest: unknown[]) {
	if (!LOCAL.test(hostname)) report(`lookup ${hostname}`);
	return (lookupPromise as (...a: unknown[]) => Promise<unknown>).call(dns.promises, hostname, ...rest);
} as typeof dns.promises.lookup;
