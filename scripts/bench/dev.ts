/**
 * The author's loop, timed: `npm run dev` (the content check, then `astro
 * dev`) on the generated collection, from start to the first briefing page
 * served, then from saving an edit to one briefing to the page showing it.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Polls a URL until `ready` accepts its body; resolves to the milliseconds it took. */
async function until(url: string, ready: (body: string) => boolean, timeoutMs: number): Promise<number> {
	const started = performance.now();
	while (performance.now() - started < timeoutMs) {
		const body = await fetch(url)
			.then((r) => (r.ok ? r.text() : ''))
			.catch(() => '');
		if (ready(body)) return performance.now() - started;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`${url} was not ready after ${timeoutMs} ms`);
}

export async function timeDevServer(briefings: string, person: string): Promise<{ readyMs: number; editMs: number }> {
	const port = await freePort();
	const child = spawn(process.execPath, ['scripts/dev.ts', '--port', String(port), '--host', '127.0.0.1'], {
		env: { ...process.env, BRIEFINGS_DIR: briefings },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	try {
		const url = `http://127.0.0.1:${port}/en/people/${person}/`;
		const readyMs = await until(url, (body) => body.includes('</html>'), 300_000);
		const file = join(briefings, 'people', `${person}.mdx`);
		const text = await readFile(file, 'utf8');
		const marker = `Edited${Date.now()}`;
		// The edit goes into the first sentence of the English body, as an author fixing a word would.
		const edited = text.replace(/<BottomLine>\n\n(\S+)/, (_, word: string) => `<BottomLine>\n\n${word} ${marker}`);
		if (edited === text) throw new Error(`Could not find a sentence to edit in ${file}`);
		const saved = performance.now();
		await writeFile(file, edited);
		await until(url, (body) => body.includes(marker), 120_000);
		const editMs = performance.now() - saved;
		await writeFile(file, text);
		return { readyMs, editMs };
	} finally {
		child.kill('SIGTERM');
	}
}
