/**
 * Prints every briefing pack of a built site to PDF with headless Chromium,
 * using the pack's own print stylesheet: the PDF has the margins, running
 * heads, handling mark and "page X of Y" a reader printing from the browser
 * gets. The contents take their page numbers from the PDF itself: print,
 * read where each contents link lands, write the numbers in, print again
 * (and again, if writing them in moved a briefing to another page).
 */
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { packPdfName } from '../../src/lib/pack-files.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { launchBrowser, serveSite } from './browser.ts';
import { linkTargets, openPdf } from './pdf.ts';

export interface PrintedPack {
	/** Path inside the site. */
	file: string;
	pages: number;
	bytes: number;
}

/** How many times the contents may be renumbered before the page numbers must have settled. */
const MAX_PASSES = 3;

async function packsOf(siteDir: string): Promise<{ locale: string; id: string }[]> {
	const packs = await Promise.all(
		LOCALES.map(async (locale) => {
			const ids = await readdir(join(siteDir, locale, 'packs')).catch(() => [] as string[]);
			return ids
				.filter((id) => existsSync(join(siteDir, locale, 'packs', id, 'index.html')))
				.map((id) => ({ locale, id }));
		}),
	);
	return packs.flat();
}

/** Writes the page number of each briefing beside its line in the contents. */
function numberContents(page: Page, numbers: Record<string, number>) {
	return page.evaluate((numbers) => {
		for (const link of document.querySelectorAll<HTMLAnchorElement>('.pack-contents a[href^="#"]')) {
			const item = link.parentElement!;
			for (const old of item.querySelectorAll('.leader, .page-ref')) old.remove();
			const number = numbers[link.hash.slice(1)];
			if (number === undefined) continue;
			const leader = document.createElement('span');
			leader.className = 'leader';
			leader.setAttribute('aria-hidden', 'true');
			const ref = document.createElement('span');
			ref.className = 'page-ref';
			ref.textContent = String(number);
			item.append(leader, ref);
		}
	}, numbers);
}

function print(page: Page): Promise<Buffer> {
	return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
}

/** Prints the packs of the site in `siteDir` (served under `base`) next to their pages. */
export async function printPacks(siteDir: string, base: string): Promise<PrintedPack[]> {
	const packs = await packsOf(siteDir);
	if (packs.length === 0) return [];
	const server = await serveSite(siteDir, base);
	const browser = await launchBrowser();
	const printed: PrintedPack[] = [];
	try {
		const context = await browser.newContext();
		// Nothing but the site itself: a pack that needed another origin would print differently offline.
		const origin = new URL(server.url).origin;
		const elsewhere: string[] = [];
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (new URL(url).origin === origin) return route.continue();
			elsewhere.push(url);
			return route.abort();
		});
		const page = await context.newPage();
		for (const { locale, id } of packs) {
			const file = join(locale, 'packs', id, packPdfName(locale, id));
			await page.goto(`${server.url}${locale}/packs/${id}/`, { waitUntil: 'load' });
			let pdf = await print(page);
			let numbers = Object.fromEntries(await linkTargets(await openPdf(pdf)));
			for (let pass = 1; ; pass++) {
				await numberContents(page, numbers);
				pdf = await print(page);
				const landed = Object.fromEntries(await linkTargets(await openPdf(pdf)));
				if (JSON.stringify(landed) === JSON.stringify(numbers)) break;
				if (pass === MAX_PASSES) throw new Error(`The contents of ${file} did not settle after ${pass} passes`);
				numbers = landed;
			}
			if (elsewhere.length > 0) throw new Error(`${file} asked for other origins: ${elsewhere.join(', ')}`);
			await writeFile(join(siteDir, file), pdf);
			printed.push({ file, pages: (await openPdf(pdf)).numPages, bytes: pdf.length });
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return printed;
}
