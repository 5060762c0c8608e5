/**
 * Certificates for the client-certificate tests, made with openssl the way a
 * unit's CA would: a CA, a server certificate for 127.0.0.1 and a reader's
 * client certificate signed by it, and a stranger's client certificate signed
 * by another CA. Short-lived P-256 keys, so making them takes milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KeyPair {
	/** Paths of the PEM files. */
	certFile: string;
	keyFile: string;
	/** Their contents. */
	cert: string;
	key: string;
}

export interface TestPki {
	/** The unit's CA certificate (PEM), which the server trusts for clients and the client for the server. */
	ca: string;
	server: KeyPair;
	/** A reader's certificate from the unit's CA. */
	reader: KeyPair;
	/** A certificate from a CA the server does not know. */
	stranger: KeyPair;
}

const openssl = (dir: string, args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function makeCa(dir: string, name: string): void {
	openssl(dir, [
		...['req', '-x509', ...newKey, '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '2'],
		...['-subj', `/CN=Test ${name}`, '-addext', 'basicConstraints=critical,CA:TRUE'],
		...['-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
	]);
}

async function issue(dir: string, ca: string, name: string, extensions: string, serial: number): Promise<KeyPair> {
	await writeFile(join(dir, `${name}.ext`), extensions);
	openssl(dir, ['req', '-new', ...newKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
	openssl(dir, [
		...['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`],
		...['-set_serial', String(serial), '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.pem`],
	]);
	const certFile = join(dir, `${name}.pem`);
	const keyFile = join(dir, `${name}.key`);
	return { certFile, keyFile, cert: await readFile(certFile, 'utf8'), key: await readFile(keyFile, 'utf8') };
}

export async function makeTestPki(): Promise<TestPki> {
	const dir = await mkdtemp(join(tmpdir(), 'pki-'));
	makeCa(dir, 'unit-ca');
	makeCa(dir, 'other-ca');
	const client = 'extendedKeyUsage=clientAuth\n';
	return {
		ca: await readFile(join(dir, 'unit-ca.pem'), 'utf8'),
		server: await issue(dir, 'unit-ca', 'server', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n', 1),
		reader: await issue(dir, 'unit-ca', 'reader', client, 2),
		stranger: await issue(dir, 'other-ca', 'stranger', client, 3),
	};
}
