/**
 * `npm run bench [-- --count 10000] [--runs 3]`: the benchmark. Generates a synthetic
 * collection of N briefings (1,000 by default) into a temporary folder,
 * builds it with the real pipeline (`scripts/build.ts`: check, Astro,
 * Pagefind), and reports build time, time per page, peak memory of the whole
 * process tree, the size of the site and of its search index, and what search
 * costs in headless Chromium. Writes `reports/bench-N.json` and the README's
 * benchmark table. Not a test: it measures, it does not judge.
 */
import './lib/offline-env.ts';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCollection } from './bench/generate.ts';
import { launchBrowser, serveSite } from './lib/browser.ts';
import { kb, percentile, recordTransfer, timeSearch } from './lib/browser-metrics.ts';
import { countPages } from './lib/count-pages.ts';
import { replaceReadmeSection } from './lib/readme-section.ts';

const { values } = parseArgs({
	options: {
		count: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		'no-readme': { type: 'boolean', default: false },
	},
});
const count = Number(values.count);
const work = await mkdtemp(join(tmpdir(), `bench-${count}-`));
const log = (text: string) => console.log(`[bench] ${text}`);

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
async function treeRss(root: number): Promise<number> {
	const parents = new Map<number, number>();
	const rss = new Map<number, number>();
	for (const name of await readdir('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const status = await readFile(`/proc/${name}/status`, 'utf8').catch(() => '');
		const ppid = /PPid:\s+(\d+)/.exec(status)?.[1];
		const vmrss = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
		if (ppid) parents.set(Number(name), Number(ppid));
		if (vmrss) rss.set(Number(name), Number(vmrss) * 1024);
	}
	let total = 0;
	for (const pid of rss.keys()) {
		for (let p: number | undefined = pid; p !== undefined && p > 1; p = parents.get(p)) {
			if (p === root) {
				total += rss.get(pid) ?? 0;
				break;
			}
		}
	}
	return total;
}

async function folderSize(dir: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
	}
	return total;
}

try {
	log(`Generating ${count} briefings in ${work}…`);
	const collection = await generateCollection(work, count);
	const out = join(work, 'dist');

	/** One full build, from a cold Astro cache; resolves to its wall time and peak memory. */
	const buildOnce = async (run: number) => {
		log(`Building with scripts/build.ts (run ${run} of ${values.runs})…`);
		await rm(join(process.cwd(), '.build', 'cache'), { recursive: true, force: true });
		const started = performance.now();
		const child = spawn(process.execPath, ['scripts/build.ts', '--out', out], {
			env: { ...process.env, BRIEFINGS_DIR: join(work, 'briefings') },
			stdio: ['ignore', 'inherit', 'inherit'],
		});
		let peak = 0;
		const sampler = setInterval(() => {
			void treeRss(child.pid!).then((rss) => (peak = Math.max(peak, rss)));
		}, 100);
		const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
		clearInterval(sampler);
		if (code !== 0) throw new Error(`the build failed with exit code ${code}`);
		return { wallMs: performance.now() - started, peak };
	};
	const runs = [];
	for (let run = 1; run <= Number(values.runs); run++) runs.push(await buildOnce(run));
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	const wallMs = median(runs.map((r) => r.wallMs));
	const peak = median(runs.map((r) => r.peak));

	const pages = await countPages(out);
	const distBytes = await folderSize(out);
	const indexBytes = await folderSize(join(out, 'pagefind'));

	log('Searching in headless Chromium…');
	const browser = await launchBrowser();
	const server = await serveSite(out);
	const page = await browser.newPage();
	await page.goto(`${server.url}en/people/${collection.people[0]}/`, { waitUntil: 'networkidle' });
	const [firstQuery, secondQuery, ...rest] = collection.names;
	const first = await recordTransfer(page, async () => {
		await page.focus('#site-search');
		await page.keyboard.type(firstQuery!, { delay: 60 });
		await page.waitForFunction(() => document.querySelectorAll('.search-popup .search-result').length > 0);
		await page.waitForLoadState('networkidle');
	});
	const second = await recordTransfer(page, async () => {
		await timeSearch(page, secondQuery!);
		await page.waitForLoadState('networkidle');
	});
	const latencies: number[] = [];
	for (const name of rest.slice(0, 30)) latencies.push(await timeSearch(page, name));
	latencies.sort((a, b) => a - b);
	await browser.close();
	await server.close();

	const report = {
		measuredAt: new Date().toISOString(),
		machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
		briefings: count,
		briefingPages: count * 2,
		pages,
		build: {
			runs: runs.length,
			wallSeconds: Math.round(wallMs / 100) / 10,
			msPerPage: Math.round((wallMs / pages) * 100) / 100,
			msPerBriefingPage: Math.round((wallMs / (count * 2)) * 100) / 100,
			peakRssMB: Math.round(peak / 2 ** 20),
			everyRun: runs.map((r) => ({
				wallSeconds: Math.round(r.wallMs / 100) / 10,
				peakRssMB: Math.round(r.peak / 2 ** 20),
			})),
		},
		size: {
			distMB: Math.round((distBytes / 2 ** 20) * 10) / 10,
			pagefindMB: Math.round((indexBytes / 2 ** 20) * 10) / 10,
		},
		search: {
			first: { kB: kb(first.bytes), requests: first.requests },
			second: { kB: kb(second.bytes), requests: second.requests },
			latencyMs: {
				p50: Math.round(percentile(latencies, 0.5)),
				p95: Math.round(percentile(latencies, 0.95)),
				queries: latencies.length,
			},
		},
	};
	await mkdir('reports', { recursive: true });
	await writeFile(`reports/bench-${count}.json`, `${JSON.stringify(report, null, 2)}\n`);
	console.log(JSON.stringify(report, null, 2));

	if (!values['no-readme']) {
		const rows: string[] = [];
		for (const n of [1000, 10000]) {
			const r = JSON.parse(await readFile(`reports/bench-${n}.json`, 'utf8').catch(() => 'null')) as
				typeof report | null;
			if (!r) continue;
			rows.push(
				`| ${r.briefings.toLocaleString('en')} (${r.pages.toLocaleString('en')} pages) | ${r.build.wallSeconds} s (median of ${r.build.runs}) | ${r.build.msPerPage} ms (${r.build.msPerBriefingPage} ms per briefing page) | ${r.build.peakRssMB.toLocaleString('en')} MB | ${r.size.distMB} MB | ${r.size.pagefindMB} MB | ${r.search.first.kB} kB, ${r.search.first.requests} req | ${r.search.second.kB} kB, ${r.search.second.requests} req | ${r.search.latencyMs.p50} / ${r.search.latencyMs.p95} ms | ${r.measuredAt.slice(0, 10)} |`,
			);
		}
		const table = [
			'| Briefings | Build + index | Per page | Peak RSS | `dist/` | Pagefind index | First search | Second search | Search p50 / p95 | Measured |',
			'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
			...rows,
		].join('\n');
		await replaceReadmeSection('bench', `${table}\n\nMachine: ${report.machine}.`);
	}
} finally {
	if (!values.keep) await rm(work, { recursive: true, force: true });
	else log(`Kept ${work}`);
}
