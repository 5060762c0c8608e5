/**
 * `npm run bench [-- --count 10000] [--runs 3]`: the benchmark. Generates a synthetic
 * collection of N briefings (1,000 by default) into a temporary folder and
 * reports, for the real pipeline (`scripts/build.ts`: check, Astro, Pagefind,
 * site checks): cold builds (the median of `--runs`: time per page, each stage,
 * peak memory of the process tree and of its largest process, the downloads'
 * time), the dev server's start and edit-to-page times, a baseline of plain MDX
 * pages (one per briefing and language) built by bare Astro + MDX + Pagefind
 * (our time per page as a ratio to its), the site's size, and what search
 * costs in headless Chromium, did-you-mean included. Writes `reports/bench-N.json` and the README's
 * benchmark table (`--table-only` rewrites the table from the reports). Not a test: it measures,
 * it does not judge.
 */
import './lib/offline-env.ts';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBaseline } from './bench/baseline.ts';
import { timeDevServer } from './bench/dev.ts';
import { generateCollection } from './bench/generate.ts';
import { launchBrowser, serveSite } from './lib/browser.ts';
import { kb, percentile, recordTransfer, timeSearch } from './lib/browser-metrics.ts';
import { countPages } from './lib/count-pages.ts';
import { replaceReadmeSection } from './lib/readme-section.ts';
import { filesForQuery, type NameSplit } from '../src/lib/name-shards.ts';
import { misspeltCases, qualitySummary, runQualityInBrowser } from './lib/search-quality.ts';

const { values } = parseArgs({
	options: {
		count: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		'no-readme': { type: 'boolean', default: false },
		'table-only': { type: 'boolean', default: false },
	},
});
if (values['table-only']) {
	// Rewrites the README's table from the last reports, measuring nothing.
	await replaceReadmeSection('bench', await benchTable());
	process.exit(0);
}
const count = Number(values.count);
const work = await mkdtemp(join(tmpdir(), `bench-${count}-`));
const log = (text: string) => console.log(`[bench] ${text}`);

/** Resident memory of a process and all its descendants, and of the largest of them, in bytes, from /proc. */
async function treeRss(root: number): Promise<{ total: number; largest: number }> {
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
	let largest = 0;
	for (const pid of rss.keys()) {
		for (let p: number | undefined = pid; p !== undefined && p > 1; p = parents.get(p)) {
			if (p === root) {
				total += rss.get(pid) ?? 0;
				largest = Math.max(largest, rss.get(pid) ?? 0);
				break;
			}
		}
	}
	return { total, largest };
}

/**
 * Bytes a did-you-mean lookup fetches: the split (`index.json`) and the files
 * for the words of a misspelt name (its last letter doubled); the largest over
 * 20 names, and the largest name file of all.
 */
async function didYouMeanBytes(site: string, names: string[]): Promise<{ lookup: number; largestFile: number }> {
	const folder = join(site, 'search-names');
	const size = (file: string) => stat(join(folder, file)).then((s) => s.size);
	const split = JSON.parse(await readFile(join(folder, 'index.json'), 'utf8')) as NameSplit;
	let lookup = 0;
	for (const name of names.slice(0, 20)) {
		const files = ['index.json', ...filesForQuery(`${name}${name.at(-1)}`, split).map((file) => `${file}.json`)];
		lookup = Math.max(
			lookup,
			(await Promise.all(files.map(size))).reduce((a, b) => a + b, 0),
		);
	}
	const largestFile = Math.max(...(await Promise.all((await readdir(folder)).map(size))));
	return { lookup, largestFile };
}

async function folderSize(dir: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
	}
	return total;
}

/** Runs scripts/build.ts on the collection; resolves to its wall time, memory and output. */
async function timedBuild(out: string, briefings: string, args: string[]) {
	const started = performance.now();
	const child = spawn(process.execPath, ['scripts/build.ts', '--out', out, ...args], {
		env: { ...process.env, BRIEFINGS_DIR: briefings },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => {
		output += String(chunk);
	});
	let peak = 0;
	let largest = 0;
	const sampler = setInterval(() => {
		void treeRss(child.pid!).then((rss) => {
			peak = Math.max(peak, rss.total);
			largest = Math.max(largest, rss.largest);
		});
	}, 100);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	clearInterval(sampler);
	const wallMs = performance.now() - started;
	for (const line of output.split('\n')) if (line.startsWith('[build]') || line.startsWith('[astro]')) log(line);
	if (code !== 0) throw new Error(`the build failed with exit code ${code}`);
	/** Seconds between two stages, from the build's own "[build] 12.3 s  Stage…" lines. */
	const at = (stage: RegExp) => Number(new RegExp(`\\[build\\]\\s+([\\d.]+) s\\s+${stage.source}`).exec(output)?.[1]);
	const [, rendered, downloads] = /\[astro\] (\d+) pages rendered; data downloads (\d+) ms/.exec(output) ?? [];
	return {
		wallMs,
		peak,
		largest,
		rendered: Number(rendered),
		stages: {
			checkS: at(/Building pages/),
			astroS: at(/Indexing/) - at(/Building pages/),
			pagefindS: at(/Checking the built pages/) - at(/Indexing/),
			siteChecksS: Number(/\(site checks ([\d.]+) s\)/.exec(output)?.[1]),
		},
		downloadsMs: Number(downloads),
	};
}

type Report = Awaited<ReturnType<typeof JSON.parse>>;

/**
 * The README's table: every measure at 1,000 and 10,000 briefings against
 * its budget (from the issues that set them), met ✓ or missed ✗ where the
 * budget applies to that size.
 */
async function benchTable(): Promise<string> {
	const reports = await Promise.all(
		[1000, 10000].map(
			async (n) => JSON.parse(await readFile(`reports/bench-${n}.json`, 'utf8').catch(() => 'null')) as Report | null,
		),
	);
	const mark = (ok: boolean) => (ok ? ' ✓' : ' ✗');
	/** A row: its cell for a report, and whether it meets the budget (undefined where no budget applies at that size). */
	const row = (
		label: string,
		budget: string,
		cell: (r: Report) => string,
		meets: (r: Report, n: number) => boolean | undefined,
	) =>
		`| ${label} | ${budget} | ${reports
			.map((r, i) => {
				if (!r?.briefingPage) return '–';
				const ok = meets(r, i === 0 ? 1000 : 10000);
				return cell(r) + (ok === undefined ? '' : mark(ok));
			})
			.join(' | ')} |`;
	const at = (size: number, n: number, ok: boolean) => (n === size ? ok : undefined);
	const lines = [
		'| Measure | Budget | 1,000 briefings | 10,000 briefings |',
		'| --- | --- | --- | --- |',
		row(
			'Pages built',
			'',
			(r) => r.pages.toLocaleString('en'),
			() => undefined,
		),
		row(
			'Cold build, per page',
			'≤ 5 ms at 1,000',
			(r) => `${r.build.wallSeconds} s, ${r.build.msPerPage} ms`,
			(r, n) => at(1000, n, r.build.msPerPage <= 5),
		),
		row(
			'Bare Astro + MDX + Pagefind, per page; our ratio',
			'≤ ×1.25 at 1,000, ≤ ×1.1 at 10,000',
			(r) => `${r.baseline.msPerPage} ms; ×${r.baseline.ratio}`,
			(r, n) => r.baseline.ratio <= (n === 1000 ? 1.25 : 1.1),
		),
		row(
			'Stages: check / Astro / Pagefind / site checks',
			'',
			(r) =>
				`${r.build.stages.checkS} / ${Math.round(r.build.stages.astroS * 10) / 10} / ${Math.round(r.build.stages.pagefindS * 10) / 10} / ${r.build.stages.siteChecksS} s`,
			() => undefined,
		),
		row(
			'Site checks, share of the build',
			'≤ 10% at 1,000',
			(r) => `${((r.build.stages.siteChecksS / r.build.wallSeconds) * 100).toFixed(1)}%`,
			(r, n) => at(1000, n, r.build.stages.siteChecksS / r.build.wallSeconds <= 0.1),
		),
		row(
			'Largest process (Astro)',
			'≤ 1.2 GB at 1,000',
			(r) => `${r.build.largestProcessMB.toLocaleString('en')} MB`,
			(r, n) => at(1000, n, r.build.largestProcessMB <= 1.2 * 1024),
		),
		row(
			'Peak memory, all processes',
			'≤ 2.5 GB at 10,000',
			(r) => `${r.build.peakRssMB.toLocaleString('en')} MB`,
			(r, n) => at(10000, n, r.build.peakRssMB <= 2560),
		),
		row(
			'Dev server ready',
			'≤ 10 s at 1,000',
			(r) => `${r.dev.readySeconds} s`,
			(r, n) => at(1000, n, r.dev.readySeconds <= 10),
		),
		row(
			'Dev server: edit shown',
			'≤ 2 s at 1,000, ≤ 4 s at 10,000',
			(r) => `${r.dev.editSeconds} s`,
			(r, n) => r.dev.editSeconds <= (n === 1000 ? 2 : 4),
		),
		row(
			'Data downloads generated',
			'≤ 5 s at 10,000',
			(r) => `${r.build.downloadsSeconds} s`,
			(r, n) => at(10000, n, r.build.downloadsSeconds <= 5),
		),
		row(
			'Briefing page, first load (brotli)',
			'≤ 35 kB',
			(r) => `${r.briefingPage.firstLoadKB} kB, ${r.briefingPage.requests} files`,
			(r) => r.briefingPage.firstLoadKB <= 35,
		),
		row(
			'Briefing page, JavaScript',
			'≤ 3 kB',
			(r) => `${r.briefingPage.javascriptKB} kB`,
			(r) => r.briefingPage.javascriptKB <= 3,
		),
		row(
			'First search, typing a name',
			'≤ 130 kB, ≤ 12 requests',
			(r) => `${r.search.first.kB} kB, ${r.search.first.requests} requests`,
			(r) => r.search.first.kB <= 130 && r.search.first.requests <= 12,
		),
		row(
			'Did-you-mean lookup (largest name file)',
			'≤ 40 kB',
			(r) => `${r.size.didYouMeanKB} kB (${r.size.largestNameFileKB} kB)`,
			(r) => r.size.didYouMeanKB <= 40,
		),
		row(
			'Later searches, p50 / p95',
			'≤ 50 ms median',
			(r) => `${r.search.latencyMs.p50} / ${r.search.latencyMs.p95} ms`,
			(r) => r.search.latencyMs.p50 <= 50,
		),
		row(
			'Misspelt surnames leading to their page (first three or "did you mean")',
			'all',
			(r) => `${r.search.misspeltNames.found} of ${r.search.misspeltNames.total}`,
			(r) => r.search.misspeltNames.found === r.search.misspeltNames.total,
		),
	];
	const measured = reports
		.filter(Boolean)
		.map((r) => `${r.briefings.toLocaleString('en')} on ${r.measuredAt.slice(0, 10)}`);
	return `${lines.join('\n')}\n\nMeasured: ${measured.join(', ')}. Machine: ${reports.find(Boolean)?.machine}. Search in headless Chromium on localhost; bytes as brotli (page) and as stored (name files).`;
}

try {
	log(`Generating ${count} briefings in ${work}…`);
	const collection = await generateCollection(work, count);
	const briefings = join(work, 'briefings');
	const out = join(work, 'dist');

	/** One full build. Every build is cold: it gets a new Astro cache folder, removed after it. */
	const buildOnce = async (run: number) => {
		log(`Cold build with scripts/build.ts (run ${run} of ${values.runs})…`);
		return timedBuild(out, briefings, []);
	};
	const runs = [];
	for (let run = 1; run <= Number(values.runs); run++) runs.push(await buildOnce(run));
	const cold = runs.toSorted((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)]!;

	const pages = await countPages(out);
	const distBytes = await folderSize(out);
	const indexBytes = await folderSize(join(out, 'pagefind'));
	const namesBytes = await didYouMeanBytes(out, collection.names);

	log('Timing the dev server…');
	const dev = await timeDevServer(briefings, collection.people[0]!);

	log(`Building ${count * 2} plain MDX pages with bare Astro + MDX + Pagefind (the baseline)…`);
	const baselineMs = await buildBaseline(count * 2);

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

	// A briefing page as a first-time reader loads it, with its JavaScript.
	const weightContext = await browser.newContext();
	const weightPage = await weightContext.newPage();
	const briefingLoad = await recordTransfer(weightPage, async () => {
		await weightPage.goto(`${server.url}en/people/${collection.people[1]}/`, { waitUntil: 'networkidle' });
	});
	await weightContext.close();

	// Tolerance at scale: surnames misspelt as readers do must still lead to their page.
	log('Searching for misspelt surnames…');
	const toleranceContext = await browser.newContext();
	const tolerance = qualitySummary(
		await runQualityInBrowser(
			await toleranceContext.newPage(),
			server.url,
			misspeltCases(collection.surnames.slice(0, 20)),
		),
	);
	await toleranceContext.close();
	await browser.close();
	await server.close();

	const msPerPage = cold.wallMs / pages;
	const baselineMsPerPage = baselineMs / (count * 2);
	const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
	const report = {
		measuredAt: new Date().toISOString(),
		machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
		briefings: count,
		briefingPages: count * 2,
		pages,
		build: {
			runs: runs.length,
			wallSeconds: round(cold.wallMs / 1000),
			msPerPage: round(msPerPage, 2),
			msPerBriefingPage: round(cold.wallMs / (count * 2), 2),
			stages: cold.stages,
			peakRssMB: Math.round(cold.peak / 2 ** 20),
			largestProcessMB: Math.round(cold.largest / 2 ** 20),
			downloadsSeconds: round(cold.downloadsMs / 1000, 2),
			everyRun: runs.map((r) => ({ wallSeconds: round(r.wallMs / 1000), peakRssMB: Math.round(r.peak / 2 ** 20) })),
		},
		dev: { readySeconds: round(dev.readyMs / 1000), editSeconds: round(dev.editMs / 1000, 2) },
		baseline: {
			pages: count * 2,
			wallSeconds: round(baselineMs / 1000),
			msPerPage: round(baselineMsPerPage, 2),
			ratio: round(msPerPage / baselineMsPerPage, 2),
		},
		size: {
			distMB: round(distBytes / 2 ** 20),
			pagefindMB: round(indexBytes / 2 ** 20),
			didYouMeanKB: round(namesBytes.lookup / 1024),
			largestNameFileKB: round(namesBytes.largestFile / 1024),
		},
		briefingPage: {
			firstLoadKB: kb(briefingLoad.bytes),
			requests: briefingLoad.requests,
			javascriptKB: kb(briefingLoad.byType['javascript'] ?? 0),
		},
		search: {
			first: { kB: kb(first.bytes), requests: first.requests },
			second: { kB: kb(second.bytes), requests: second.requests },
			latencyMs: {
				p50: Math.round(percentile(latencies, 0.5)),
				p95: Math.round(percentile(latencies, 0.95)),
				queries: latencies.length,
			},
			misspeltNames: { found: tolerance.passed, total: tolerance.total, misses: tolerance.misses },
		},
	};
	await mkdir('reports', { recursive: true });
	await writeFile(`reports/bench-${count}.json`, `${JSON.stringify(report, null, 2)}\n`);
	console.log(JSON.stringify(report, null, 2));

	if (!values['no-readme']) await replaceReadmeSection('bench', await benchTable());
} finally {
	if (!values.keep) await rm(work, { recursive: true, force: true });
	else log(`Kept ${work}`);
}
