/**
 * A collection that grows source by source: the invented fixture
 * `tests/fixtures/multi-source/` has three sources in three languages
 * (English, Arabic, Russian) that disagree on a meeting's date, and a
 * briefing citing all three. Built with the real build script.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtureBriefings } from '../../scripts/lib/fixtures.ts';

const ORIGIN = 'https://intranet.example';
let site = '';
const page = async (path: string) => parseHTML(await readFile(join(site, path, 'index.html'), 'utf8')).document;
const text = (element: Element | null) => {
	const copy = element?.cloneNode(true) as Element | undefined;
	for (const tip of copy?.querySelectorAll('.mark-tip') ?? []) tip.remove();
	return (copy?.textContent ?? '').replace(/\s+/g, ' ').trim();
};

beforeAll(async () => {
	site = join(await mkdtemp(join(tmpdir(), 'many-sources-')), 'dist');
	// Published at a known origin: feeds and canonical links are absolute.
	await runBuild(site, { BRIEFINGS_DIR: await fixtureBriefings('multi-source'), SITE_URL: ORIGIN });
}, 120_000);

describe.each([
	['en', '28 October 2022', '29 October 2022', 'Sources differ', 'sources differ'],
	['ar', '28 أكتوبر 2022', '29 أكتوبر 2022', 'المصادر تختلف', 'المصادر تختلف'],
])('in %s', (lang, first, second, heading, mark) => {
	test('the briefing lists its three sources, numbered as its citations are', async () => {
		const document = await page(`${lang}/meetings/alpha-beta/`);
		const sources = [...document.querySelectorAll('.source-list > li')];
		expect(sources.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
			`/${lang}/sources/demo-source/`,
			`/${lang}/sources/northland-herald/`,
			`/${lang}/sources/southern-wire/`,
		]);
		expect(sources.map((li) => li.querySelector('.source-number')?.textContent?.trim())).toEqual(['S1', 'S2', 'S3']);
		const cited = [...document.querySelectorAll('.briefing-body sup.cite a')].map((a) => [
			a.textContent,
			a.getAttribute('href'),
		]);
		expect(cited).toContainEqual(['S3 ¶1', `/${lang}/sources/southern-wire/#p1`]);
	});

	test('the sources that differ are shown side by side, each value with its citation', async () => {
		const document = await page(`${lang}/meetings/alpha-beta/`);
		const disputes = document.getElementById('disputes-alpha-beta')!;
		expect(text(disputes.querySelector('h2'))).toBe(heading);
		const values = [...disputes.querySelectorAll('dd')].map((dd) => [
			text(dd).replace(/\[.*\]$/, ''),
			dd.querySelector('sup.cite a')?.getAttribute('href'),
		]);
		expect(values).toEqual([
			[first, `/${lang}/sources/northland-herald/#p1`],
			[second, `/${lang}/sources/southern-wire/#p1`],
		]);
		// Both values are in the indexed text of the page, so search finds either.
		expect(disputes.closest('[data-pagefind-ignore]')).toBeNull();
		expect(disputes.closest('[data-pagefind-body]')).not.toBeNull();
	});

	test('the infobox marks the disputed date and links to the values', async () => {
		const document = await page(`${lang}/meetings/alpha-beta/`);
		const disputed = document.querySelector('.infobox a.mark[data-kind="disputed"]')!;
		expect(text(disputed)).toBe(mark);
		expect(disputed.getAttribute('href')).toBe('#disputes-alpha-beta');
		expect(disputed.closest('dd')?.querySelector('time')?.getAttribute('datetime')).toBe('2022-10-28');
	});

	test('the Open questions page lists the disagreement', async () => {
		const document = await page(`${lang}/open-questions/`);
		const question = document.querySelector('.open-question')!;
		expect(question.querySelector('h2 a')?.getAttribute('href')).toBe(`/${lang}/meetings/alpha-beta/`);
		expect([...question.querySelectorAll('dd')].map((dd) => text(dd).replace(/\[.*\]$/, ''))).toEqual([first, second]);
	});

	test('every source page lists the pages citing it, and shows the original beside the reader’s language', async () => {
		const document = await page(`${lang}/sources/southern-wire/`);
		expect([...document.querySelectorAll('.citers a')].map((a) => a.getAttribute('href'))).toEqual([
			`/${lang}/meetings/alpha-beta/`,
		]);
		const p1 = document.getElementById('p1')!;
		expect(p1.querySelector('.original')?.getAttribute('lang')).toBe('ru');
		expect(p1.querySelector('.original')?.textContent).toContain('Вымышленный тестовый текст');
		expect(p1.querySelector('.translation')?.getAttribute('lang')).toBe(lang);
	});

	test('the briefing says when it last changed and which source prompted it', async () => {
		const document = await page(`${lang}/meetings/alpha-beta/`);
		const changed = document.querySelector('.last-changed')!;
		expect(changed.querySelector('a')?.getAttribute('href')).toBe(`/${lang}/sources/southern-wire/`);
	});
});

describe('the Atom feed of each language', () => {
	test.each(['en', 'ar'])(
		'%s: a valid RFC 4287 feed of the changes, newest first, with absolute links',
		async (lang) => {
			const xml = await readFile(join(site, lang, 'feed.xml'), 'utf8');
			const document = new DOMParser().parseFromString(xml, 'text/xml');
			const feed = document.documentElement;
			expect(feed.tagName).toBe('feed');
			expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
			type Node = typeof feed;
			const child = (parent: Node, name: string): Node[] => [...parent.children].filter((c) => c.tagName === name);
			const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
			// Required of a feed: one id, title and updated; an author (here for the whole feed); a self link.
			for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toHaveLength(1);
			expect(child(feed, 'updated')[0]!.textContent).toMatch(RFC3339);
			expect(child(feed, 'author')[0]!.querySelector('name')?.textContent).not.toBe('');
			const self = child(feed, 'link').find((l) => l.getAttribute('rel') === 'self')!;
			expect(self.getAttribute('href')).toBe(`${ORIGIN}/${lang}/feed.xml`);
			const entries = child(feed, 'entry');
			// Every briefing and source of the collection: 3 people, 1 summit, 1 meeting, 3 sources.
			expect(entries).toHaveLength(8);
			const updated = entries.map((entry) => {
				for (const name of ['id', 'title', 'updated']) expect(child(entry, name), name).toHaveLength(1);
				expect(child(entry, 'id')[0]!.textContent).toMatch(new RegExp(`^${ORIGIN}/${lang}/`));
				const link = child(entry, 'link').find((l) => l.getAttribute('rel') === 'alternate')!;
				expect(link.getAttribute('href')).toBe(child(entry, 'id')[0]!.textContent);
				return child(entry, 'updated')[0]!.textContent!;
			});
			for (const date of updated) expect(date).toMatch(RFC3339);
			expect([...updated].sort().reverse()).toEqual(updated);
		},
	);

	test('the What’s new page lists the same changes and links the feed', async () => {
		const document = await page('en/whats-new/');
		expect(document.querySelectorAll('.changes > li')).toHaveLength(8);
		expect(document.querySelector('a[type="application/atom+xml"]')?.getAttribute('href')).toBe('/en/feed.xml');
		const meeting = [...document.querySelectorAll('.changes > li')].find((li) =>
			li.querySelector('a[href="/en/meetings/alpha-beta/"]'),
		)!;
		expect(meeting.querySelector('.change-source a')?.getAttribute('href')).toBe('/en/sources/southern-wire/');
	});
});

test('a site with no handling mark set shows none, on screen or in print, and is not marked internal', async () => {
	const document = await page('en/meetings/alpha-beta/');
	expect(document.querySelector('.handling-mark')).toBeNull();
	expect(document.querySelector('meta[name="robots"]')).toBeNull();
	expect(document.querySelector('footer')).toBeNull();
	const css = await readFile(join(site, 'en', 'print.css'), 'utf8');
	expect(css).not.toContain('@top-center');
	expect(css).toContain('counter(pages)');
});
