/**
 * `npm run measure`: page weight and search cost of the built site, measured
 * in headless Chromium, written to `reports/measurements.json` and into the
 * README between its `measurements` markers.
 *
 * Bytes are what a server sending brotli (quality 11, as precompressed static
 * files) would transfer: the measuring server itself sends files as they are,
 * and each file the browser asked for is compressed here to count it.
 */
import './lib/offline-env.ts';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, serveSite } from './lib/browser.ts';
import { kb, locatorBytes, recordTransfer, timeSearch, type Transfer } from './lib/browser-metrics.ts';
import { replaceReadmeSection } from './lib/readme-section.ts';
import { qualitySummary, runQualityInBrowser, suiteCases } from './lib/search-quality.ts';
import { briefingsDir } from '../src/lib/collection-files.ts';

const { values } = parseArgs({
	options: { site: { type: 'string', default: 'dist' }, 'no-readme': { type: 'boolean', default: false } },
});
const siteDir = resolve(values.site);

const browser = await launchBrowser();
const server = await serveSite(siteDir);

try {
	const pages: Record<string, Transfer> = {};
	for (const path of [
		'en/people/tokayev/',
		'ar/people/tokayev/',
		'en/summits/central-asia-eu-2022-astana/',
		'ar/meetings/tokayev-japarov-2022/',
		'en/map/',
		'ar/map/',
	]) {
		const context = await browser.newContext();
		const page = await context.newPage();
		pages[path] = await recordTransfer(page, async () => {
			await page.goto(server.url + path, { waitUntil: 'networkidle' });
		});
		await context.close();
	}

	// First search: a fresh visitor types a name into the header box of a briefing page.
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${server.url}en/people/putin/`, { waitUntil: 'networkidle' });
	let firstPaint = 0;
	const firstSearch = await recordTransfer(page, async () => {
		// A reader clicks the box and types at a brisk 60 ms a key; timed from the last key.
		await page.focus('#site-search');
		await page.keyboard.type('Tokaye', { delay: 60 });
		firstPaint = await timeSearch(page, 'Tokayev');
		await page.waitForFunction(() => document.querySelectorAll('.search-popup .search-result').length >= 5);
		await page.waitForLoadState('networkidle');
	});
	const later: number[] = [];
	const secondSearch = await recordTransfer(page, async () => {
		for (const query of [
			'Tokayev s',
			'Tokayev su',
			'Tokayev sum',
			'climate',
			'Astana',
			'Japarov',
			'Michel',
			'summit',
		]) {
			later.push(await timeSearch(page, query));
		}
		await page.waitForLoadState('networkidle');
	});
	await context.close();
	later.sort((a, b) => a - b);

	// The worst case: a query pasted the instant the box is focused, nothing loaded yet.
	const coldContext = await browser.newContext();
	const cold = await coldContext.newPage();
	await cold.goto(`${server.url}en/people/putin/`, { waitUntil: 'networkidle' });
	const pastedPaint = await timeSearch(cold, 'Tokayev');
	await coldContext.close();

	// Recall: the search-quality suite, in both editions.
	const qualityContext = await browser.newContext();
	const quality = qualitySummary(
		await runQualityInBrowser(await qualityContext.newPage(), server.url, await suiteCases(briefingsDir())),
	);
	await qualityContext.close();

	const briefing = pages['en/people/tokayev/']!;
	const locator = locatorBytes(await readFile(join(siteDir, 'en/summits/cica-2022-astana/index.html'), 'utf8'));
	const report = {
		measuredAt: new Date().toISOString(),
		machine: `${process.platform} ${process.arch}, Node ${process.version}, Chromium ${browser.version()}`,
		pageWeight: Object.fromEntries(
			Object.entries(pages).map(([path, t]) => [
				path,
				{
					requests: t.requests,
					kB: kb(t.bytes),
					byType: Object.fromEntries(Object.entries(t.byType).map(([k, v]) => [k, kb(v)])),
				},
			]),
		),
		searchQuality: { passed: quality.passed, total: quality.total, misses: quality.misses },
		search: {
			first: {
				requests: firstSearch.requests,
				kB: kb(firstSearch.bytes),
				paintMs: Math.round(firstPaint),
				pastedPaintMs: Math.round(pastedPaint),
			},
			later: {
				requests: secondSearch.requests,
				kB: kb(secondSearch.bytes),
				medianMs: Math.round(later[Math.floor(later.length / 2)]!),
				maxMs: Math.round(later.at(-1)!),
			},
		},
	};

	const js = briefing.byType['javascript'] ?? 0;
	const table = [
		'| Measure | Budget | Measured |',
		'| --- | --- | --- |',
		`| First load of a briefing page (${briefing.requests} files: HTML, stylesheet, search loader in 2 files, icon), brotli | ≤ 35 kB | ${kb(briefing.bytes)} kB |`,
		`| JavaScript on a content page (the search loader) | ≤ 3 kB | ${kb(js)} kB |`,
		...Object.entries(pages)
			.slice(1)
			.map(
				([path, t]) =>
					`| First load of /${path} | ≤ ${path.endsWith('map/') ? 60 : 35} kB | ${kb(t.bytes)} kB, ${t.requests} files |`,
			),
		`| Locator map on a summit page (markup the map adds), brotli | ≤ 3 kB | ${kb(locator)} kB |`,
		`| First search, typing to top five results: transfer | ≤ 130 kB, ≤ 12 requests | ${report.search.first.kB} kB, ${report.search.first.requests} requests |`,
		`| First search: results painted after the last key, typing at 60 ms a key (localhost) | ≤ 300 ms | ${report.search.first.paintMs} ms |`,
		`| First search, query pasted the moment the box is focused (nothing loaded yet) | | ${report.search.first.pastedPaintMs} ms |`,
		`| Later keystrokes: results painted (median / slowest of ${later.length}) | ≤ 50 ms | ${report.search.later.medianMs} ms / ${report.search.later.maxMs} ms |`,
		`| Later searches: further transfer (${later.length} queries) | | ${report.search.later.kB} kB, ${report.search.later.requests} requests |`,
		`| Search quality: suite queries whose page is in the first three, both editions | all | ${quality.passed} of ${quality.total} |`,
	].join('\n');

	await mkdir('reports', { recursive: true });
	await writeFile('reports/measurements.json', `${JSON.stringify(report, null, 2)}\n`);
	console.log(table);
	console.log(`\n${report.machine}`);

	if (!values['no-readme']) {
		await replaceReadmeSection(
			'measurements',
			`${table}\n\nMeasured ${report.measuredAt.slice(0, 10)} by \`npm run measure\` on ${report.machine}.`,
		);
	}
} finally {
	await browser.close();
	await server.close();
}
