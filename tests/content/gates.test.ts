/**
 * The real briefings, built, pass every content gate. A failure names the file
 * to change and how, one line per problem.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser-session.ts';
import { gateContext, PAGE_GATES, SEARCH_GATES, type GateContext } from './gates/index.ts';

let ctx: GateContext;
beforeAll(async () => {
	ctx = await gateContext('briefings', inject('contentSiteDir'));
});

describe.each(Object.entries(PAGE_GATES))('%s', (_, gate) => {
	test('holds for briefings/', async () => {
		const problems = await gate(ctx);
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

describe('search', () => {
	const session = useBrowserAndSite(() => inject('contentSiteDir'));
	test.each(Object.entries(SEARCH_GATES))('%s', async (_, gate) => {
		// The gates run the site's own search engine in its pages, which the CSP would refuse as an inline script.
		const context = await session.browser.newContext({ bypassCSP: true });
		const problems = await gate(ctx, { page: await context.newPage(), siteUrl: session.site.url });
		await context.close();
		expect(problems, problems.join('\n')).toEqual([]);
	});
});
