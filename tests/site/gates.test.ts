/**
 * The content gates hold on the site fixture: the code meets what any
 * collection must satisfy for the shapes the fixture has (several sources in
 * three languages, a represented participant, a virtual meeting, an official
 * with no country…), whatever the real briefings hold today.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, serveSite } from '../../scripts/lib/browser.ts';
import { gateContext, PAGE_GATES, SEARCH_GATES, type GateContext } from '../content/gates/index.ts';
import { useBrowserAndSite } from '../helpers/browser-session.ts';
import { SITE_FIXTURE, siteDir } from '../helpers/site.ts';

let ctx: GateContext;
beforeAll(async () => {
	ctx = await gateContext(SITE_FIXTURE, siteDir());
});

test.each(Object.entries(PAGE_GATES))('%s', async (_, gate) => {
	const problems = await gate(ctx);
	expect(problems, problems.join('\n')).toEqual([]);
});

describe('search', () => {
	const session = useBrowserAndSite(siteDir);
	test.each(Object.entries(SEARCH_GATES))('%s', async (_, gate) => {
		const context = await session.browser.newContext({ bypassCSP: true });
		const problems = await gate(ctx, { page: await context.newPage(), siteUrl: session.site.url });
		await context.close();
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

describe('each gate catches its class of problem, naming the file to change', () => {
	let broken: GateContext;
	const pell = `${SITE_FIXTURE}/people/pell.mdx`;
	const kallavan = `${SITE_FIXTURE}/people/kallavan.mdx`;
	beforeAll(async () => {
		const dir = join(await mkdtemp(join(tmpdir(), 'gated-site-')), 'dist');
		await cp(siteDir(), dir, { recursive: true });
		await rm(join(dir, 'ar/people/pell'), { recursive: true });
		const edit = async (path: string, change: (html: string) => string) =>
			writeFile(join(dir, path), change(await readFile(join(dir, path), 'utf8')));
		// A citation leading nowhere, one left out of the Arabic page, a name written without its link.
		await edit('en/people/saidi/index.html', (html) => html.replace(/#p1"/, '#p99"'));
		await edit('ar/people/kallavan/index.html', (html) => html.replaceAll(/<sup class="cite"[^]*?<\/sup>/g, ''));
		await edit('en/people/kallavan/index.html', (html) =>
			html.replace('<div class="briefing-body">', '<div class="briefing-body"><p>Vantar agreed.</p>'),
		);
		broken = { ...(await gateContext(SITE_FIXTURE, dir)), site: dir };
	});

	test('a page missing', async () => {
		expect(await PAGE_GATES['every entry has its page in each language, titled with its name']!(broken)).toEqual([
			`${pell}: has no Arabic page (ar/people/pell/); expected the build to make one: run npm run build and fix what it reports`,
		]);
		expect(await PAGE_GATES['everyone an event names has a page, linked from the event']!(broken)).toEqual([
			`${SITE_FIXTURE}/summits/first-league-summit.mdx: the representative pell has no Arabic page; expected briefings/people/pell.mdx (npm run new -- person pell)`,
		]);
	});

	test('a citation that leads nowhere, and the languages citing differently', async () => {
		const land = await PAGE_GATES['every citation lands on a paragraph of its source, in the page’s language']!(broken);
		expect(land).toEqual([
			expect.stringMatching(
				new RegExp(
					`^${SITE_FIXTURE}/people/saidi\\.mdx: the English page en/people/saidi/ cites /en/sources/[a-z-]+/#p99, which leads to no paragraph`,
				),
			),
		]);
		const same = await PAGE_GATES['both languages of a page cite the same paragraphs']!(broken);
		expect(same).toContainEqual(
			expect.stringMatching(
				new RegExp(
					`^${kallavan}: the English page cites .+ and the Arabic page does not; expected both languages to cite the same paragraphs$`,
				),
			),
		);
	});

	test('a name written without its link', async () => {
		expect(await PAGE_GATES['every mention of an entity in a briefing is a link to it']!(broken)).toEqual([
			`${kallavan}: the English text mentions "Vantar" without a link in "Vantar agreed."; expected <Link to="vantar">Vantar</Link>`,
		]);
	});

	test('a spelling search cannot find', async () => {
		const session = await launchBrowser();
		const site = await serveSite(siteDir());
		const context = await session.newContext({ bypassCSP: true });
		const entries = broken.entries.map((e) =>
			e.id === 'pell' ? { ...e, data: { ...e.data, spellings: ['Qwxzv'] } } : e,
		);
		const problems = await SEARCH_GATES['search finds each entity by its names and spellings, in both editions']!(
			{ ...broken, entries, site: siteDir() },
			{ page: await context.newPage(), siteUrl: site.url },
		);
		await Promise.all([session.close(), site.close()]);
		expect(problems).toEqual([
			`${pell}: searching the English edition for "Qwxzv" shows nothing, not people/pell, in the first three; expected its own page: check the name, or add what readers type to spellings or vocabulary`,
			`${pell}: searching the Arabic edition for "Qwxzv" shows nothing, not people/pell, in the first three; expected its own page: check the name, or add what readers type to spellings or vocabulary`,
		]);
	});
});
