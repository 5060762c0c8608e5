import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { checkInternalLinks } from '../../scripts/site-checks/internal-links.ts';
import { checkNoOtherOrigin } from '../../scripts/site-checks/no-other-origin.ts';
import { checkPageMetadata } from '../../scripts/site-checks/page-metadata.ts';
import { readBuiltSite, runSiteChecks, type SiteProblem } from '../../scripts/site-checks/index.ts';
import { checkValidHtml } from '../../scripts/site-checks/valid-html.ts';
import { SUBPATH } from './build-site.ts';
import { FIXTURES } from '../../scripts/lib/fixtures.ts';
import { siteDir } from '../helpers/site.ts';

/** A hand-written built site of four pages (tests/fixtures/built-site): the checks are tested on its copies. */
const SMALL_SITE = join(FIXTURES, 'built-site');

const format = (problems: SiteProblem[]) => problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

/** A copy of the small site with one page edited, to show that a check catches the edit. */
async function siteWith(page: string, edit: (html: string) => string) {
	const dir = join(await mkdtemp(join(tmpdir(), 'broken-site-')), 'dist');
	await cp(SMALL_SITE, dir, { recursive: true });
	const file = join(dir, page);
	await writeFile(file, edit(await readFile(file, 'utf8')));
	return readBuiltSite(dir);
}

const PAGE = 'en/people/alpha/index.html';
/** Puts markup at the start of the article, on a line of its own, and says which line that is. */
const insert = (markup: string) => (html: string) => html.replace('<article', `\n${markup}\n<article`);
const lineOf = async (markup: string) => {
	const site = await siteWith(PAGE, insert(markup));
	const text = site.files.get(PAGE)!.text;
	return { site, line: text.slice(0, text.indexOf(markup)).split('\n').length };
};

describe('the built site passes every check, every page validated', () => {
	test('at the root', async () => {
		expect(
			(await runSiteChecks(await readBuiltSite(siteDir()))).map(
				(f) => `${f.check}: ${f.problem.file}:${f.problem.line}: ${f.problem.message}`,
			),
		).toEqual([]);
	});

	test('under a sub-path', async () => {
		const found = await runSiteChecks(await readBuiltSite(inject('subpathSiteDir'), SUBPATH));
		expect(found.map((f) => `${f.check}: ${f.problem.file}:${f.problem.line}: ${f.problem.message}`)).toEqual([]);
	});
});

describe('each check catches its class of problem, with file and line', () => {
	let baseline: Awaited<ReturnType<typeof readBuiltSite>>;
	beforeAll(async () => {
		baseline = await readBuiltSite(SMALL_SITE);
	});

	test('the small site itself has none', async () => {
		expect(await runSiteChecks(baseline)).toEqual([]);
	});

	test('a link to a page that does not exist', async () => {
		const { site, line } = await lineOf('<a href="/en/people/nobody/">Nobody</a>');
		expect(format(checkInternalLinks(site))).toEqual([
			`${PAGE}:${line}: href="/en/people/nobody/" leads to no page or file`,
		]);
	});

	test('a link to a fragment that does not exist', async () => {
		const { site, line } = await lineOf('<a href="/en/sources/demo/#p99">¶99</a>');
		expect(format(checkInternalLinks(site))).toEqual([
			`${PAGE}:${line}: href="/en/sources/demo/#p99": en/sources/demo/index.html has no element with id "p99"`,
		]);
	});

	test('a reference to another origin, but not a URL shown as text', async () => {
		const { site, line } = await lineOf(
			'<img src="https://cdn.example.org/flag.png" alt="">\n<p>See https://example.org/shown-as-text</p>',
		);
		expect(format(checkNoOtherOrigin(site))).toEqual([
			`${PAGE}:${line}: src="https://cdn.example.org/flag.png" refers to another origin`,
		]);
		expect(checkNoOtherOrigin(baseline)).toEqual([]);
	});

	test('a script the Content-Security-Policy would refuse: inline, or from a data: URL', async () => {
		const { site, line } = await lineOf(
			'<script src="data:text/javascript;base64,YQ=="></script><script>alert(1)</script>',
		);
		expect(format(checkNoOtherOrigin(site))).toEqual([
			`${PAGE}:${line}: a script from a data: URL, which the Content-Security-Policy refuses; expected a script file of the site`,
			`${PAGE}:${line}: an inline script, which the Content-Security-Policy refuses; expected a script file of the site`,
		]);
	});

	test('an invalid page', async () => {
		const { site, line } = await lineOf('<p><div id="content">block in a paragraph, duplicate id</div></p>');
		const problems = format(await checkValidHtml(site));
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.startsWith(`${PAGE}:`))).toBe(true);
		expect(problems.some((p) => p.startsWith(`${PAGE}:${line}:`) && /duplicate|not permitted|close/i.test(p))).toBe(
			true,
		);
	});

	test('a page without a description, or with the wrong direction', async () => {
		const site = await siteWith('ar/people/alpha/index.html', (html) =>
			html.replace(/<meta name="description" content="[^"]*"\s*\/?>/, '').replace('dir="rtl"', 'dir="ltr"'),
		);
		expect(format(checkPageMetadata(site))).toEqual([
			'ar/people/alpha/index.html:2: <html lang="ar"> has dir="ltr"; expected rtl',
			'ar/people/alpha/index.html:1: no <meta name="description">, or an empty one',
		]);
	});

	test('a page in a language the site does not have, or without its counterpart', async () => {
		const site = await siteWith('en/people/alpha/index.html', (html) =>
			html.replace('lang="en"', 'lang="fr"').replace(/<link rel="alternate" hreflang="ar"[^>]*>/, ''),
		);
		const problems = format(checkPageMetadata(site));
		expect(problems[0]).toMatch(/^en\/people\/alpha\/index\.html:2: <html> has lang="fr"; expected one of en, ar$/);
		expect(problems).toContainEqual(
			expect.stringMatching(/no <link rel="alternate" hreflang="ar"> to the page in that language$/),
		);
	});

	test('a counterpart that does not exist', async () => {
		const site = await siteWith('en/people/alpha/index.html', (html) =>
			html.replace('href="/ar/people/alpha/"', 'href="/ar/people/nobody/"'),
		);
		expect(format(checkPageMetadata(site))).toEqual([
			expect.stringMatching(
				/^en\/people\/alpha\/index\.html:\d+: the ar counterpart \/ar\/people\/nobody\/ does not exist$/,
			),
		]);
	});
});
