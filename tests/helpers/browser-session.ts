/** A browser and the built site served to it, for one test file. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveSite, type StaticSite } from '../../scripts/lib/browser.ts';

export interface BrowserSession {
	browser: Browser;
	site: StaticSite;
}

/**
 * Starts Chromium and serves a built site before the file's tests, and stops
 * both after them. The returned object is filled in once they have started.
 */
export function useBrowserAndSite(dir: () => string, base = '/', headers: Record<string, string> = {}): BrowserSession {
	const session = {} as BrowserSession;
	beforeAll(async () => {
		[session.browser, session.site] = await Promise.all([launchBrowser(), serveSite(dir(), base, headers)]);
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.site?.close();
	});
	return session;
}

/**
 * Presses a search shortcut ("/" by default) once the page's script has bound it:
 * a key pressed before the deferred script runs would go nowhere.
 */
export async function pressSearchShortcut(page: Page, key = '/'): Promise<void> {
	await page.waitForSelector('html[data-search-shortcut="ready"]', { state: 'attached' });
	await page.keyboard.press(key);
}

/**
 * Collects what a reader would call a problem on `page`: a request that failed,
 * an HTTP error, a script error or an error in the console. A request the
 * browser cancels because the page moved on (`net::ERR_ABORTED`, often the icon
 * of a page left at once) is not one: whether it happens depends on timing.
 */
export function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('requestfailed', (request) => {
		const error = request.failure()?.errorText;
		if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} (${error})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
	});
	page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	return problems;
}
