/**
 * Runs before `npm test`: the browser tests need Chromium, the hosting tests
 * nginx and Apache, and their password files and certificates htpasswd
 * (apache2-utils) and openssl. If any is missing and this is a Debian machine
 * where we are root, they are installed from Debian's packages; otherwise the
 * script says what to install and stops.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const hasChromium = () =>
	[process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some(
		(p) => p && existsSync(p),
	);
const missing = [
	...(hasChromium() ? [] : ['chromium']),
	...(existsSync('/usr/sbin/nginx') ? [] : ['nginx']),
	...(existsSync('/usr/sbin/apache2') ? [] : ['apache2']),
	...(existsSync('/usr/bin/htpasswd') ? [] : ['apache2-utils']),
	...(existsSync('/usr/bin/openssl') ? [] : ['openssl']),
];

if (missing.length > 0) {
	const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (!canInstall) {
		console.error(
			`The tests need ${missing.join(' and ')}. Install ${missing.length > 1 ? 'them' : 'it'} (Debian: apt-get install ${missing.join(' ')}), or set CHROME_PATH to a Chromium.`,
		);
		process.exit(1);
	}
	console.log(`[test] Installing ${missing.join(' and ')} from Debian's packages…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
}
