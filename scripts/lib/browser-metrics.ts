/**
 * What a reader's browser transfers and how long search takes to paint,
 * measured in headless Chromium. Used by `npm run measure` and the benchmark.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export interface Transfer {
	requests: number;
	/** Bytes as a server sending brotli (quality 11, as precompressed static files) would transfer. */
	bytes: number;
	byType: Record<string, number>;
}

const brotliSize = (body: Buffer) =>
	brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Brotli bytes a page's locator map adds to it: the page with the map, less the page without. */
export function locatorBytes(html: string): number {
	const without = html.replace(/<figure class="locator"[^>]*>[\s\S]*?<\/figure>/, '');
	if (without === html) throw new Error('The page has no locator map');
	return brotliSize(Buffer.from(html)) - brotliSize(Buffer.from(without));
}

/** Records every response a page receives while `action` runs. */
export async function recordTransfer(page: Page, action: () => Promise<void>): Promise<Transfer> {
	const bodies: Promise<{ type: string; size: number }>[] = [];
	const listener = (response: Response) => {
		const type = (response.headers()['content-type'] ?? 'other').split(';')[0]!.split('/').at(-1)!;
		bodies.push(response.body().then((body) => ({ type, size: brotliSize(body) })));
	};
	page.on('response', listener);
	await action();
	page.off('response', listener);
	const sizes = await Promise.all(bodies);
	const byType: Record<string, number> = {};
	for (const { type, size } of sizes) byType[type] = (byType[type] ?? 0) + size;
	return { requests: sizes.length, bytes: sizes.reduce((sum, s) => sum + s.size, 0), byType };
}

/** Milliseconds from setting the header search query to the frame in which its results are painted. */
export async function timeSearch(page: Page, query: string): Promise<number> {
	return page.evaluate(
		(q) =>
			new Promise<number>((done) => {
				const input = document.querySelector<HTMLInputElement>('#site-search')!;
				const list = document.querySelector('.search-popup .search-results')!;
				const status = document.querySelector('.search-popup .search-status')!;
				let start = 0;
				const observer = new MutationObserver(() => {
					if (list.children.length === 0 && !status.textContent) return;
					observer.disconnect();
					requestAnimationFrame(() => done(performance.now() - start));
				});
				observer.observe(status, { childList: true, characterData: true, subtree: true });
				observer.observe(list, { childList: true });
				input.focus();
				input.value = q;
				start = performance.now();
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		query,
	);
}

/** The value below which a share `q` (0–1) of the sorted values fall. */
export function percentile(sorted: number[], q: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
