/**
 * The search engine in the browser (`src/client/search/engine.ts`), with
 * Pagefind stubbed at its module boundary: a tiny index of pages, each with
 * the metadata the site writes, searched by exact word as Pagefind would.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { filesForQuery } from '../../src/lib/name-shards.ts';

interface FakePage {
	id: string;
	url: string;
	title: string;
	words: string[];
	content?: string;
	meta?: Record<string, string>;
	score?: number;
}

const pages: FakePage[] = [];
const searched: string[] = [];

function search(term: string | null) {
	searched.push(term ?? '');
	const words = (term ?? '').toLowerCase().split(' ').filter(Boolean);
	const found = pages.filter((page) => words.every((word) => page.words.some((w) => w.startsWith(word))));
	return Promise.resolve({
		results: found.map((page) => ({
			id: page.id,
			score: page.score ?? 1,
			data: () =>
				Promise.resolve({
					url: page.url,
					content: page.content ?? page.words.join(' '),
					excerpt: page.words.slice(0, 5).join(' '),
					meta: { title: page.title, kind: 'Person', ...page.meta },
				}),
		})),
		filters: {},
		totalFilters: {},
	});
}

vi.mock('/pagefind/pagefind.js', () => ({
	options: () => Promise.resolve(),
	init: () => Promise.resolve(),
	search,
	filters: () => Promise.resolve({}),
	preload: () => Promise.resolve(),
	createInstance: () => ({ options: () => Promise.resolve(), mergeIndex: () => Promise.resolve(), search }),
}));

const engine = await import('../../src/client/search/engine.ts');

beforeEach(() => {
	pages.length = 0;
	searched.length = 0;
	vi.stubGlobal('document', { documentElement: { lang: 'en' } });
	vi.stubGlobal('location', { href: 'http://intranet.example/en/' });
});
afterEach(() => vi.unstubAllGlobals());

describe('runSearch', () => {
	test('searches as typed and folded, and an Arabic query without its prefixes and as stems', async () => {
		await engine.runSearch('وبأرفانا');
		expect(searched).toEqual(['وبأرفانا', 'وبارفانا', 'أرفانا', 'ارفانا']);
	});

	test('merges what the searches find, each page once with its best score, best first', async () => {
		pages.push(
			{ id: 'a', url: '/en/cities/arvana/', title: 'Arvana', words: ['ارفانا'], score: 5 },
			{ id: 'b', url: '/en/summits/arvana-summit/', title: 'Arvana summit', words: ['أرفانا', 'ارفانا'], score: 2 },
		);
		const outcome = await engine.runSearch('بأرفانا');
		expect(outcome.results.map((r) => r.id)).toEqual(['a', 'b']);
	});
});

describe('hits', () => {
	test('the page the query names comes first, by its name, a spelling or a word of its vocabulary', async () => {
		pages.push(
			{ id: 'summit', url: '/en/summits/x/', title: 'A summit', words: ['communique', 'summit'], score: 9 },
			{
				id: 'topic',
				url: '/en/topics/joint-statements/',
				title: 'Joint statements',
				words: ['communique'],
				meta: { words: 'communique · final declaration' },
				score: 1,
			},
		);
		const outcome = await engine.runSearch('communique');
		const shown = await engine.hits(outcome, 0, 5);
		expect(shown.map((h) => [h.title, h.exact])).toEqual([
			['Joint statements', true],
			['A summit', false],
		]);
	});

	test('a page found through a stem shows where it writes the word, marked as written', async () => {
		pages.push({
			id: 'kallavan',
			url: '/ar/people/kallavan/',
			title: 'كالافان',
			words: ['نوردستان'],
			content: 'زار الرئيس بلدانًا كثيرة كنوردستان هذا العام',
		});
		const outcome = await engine.runSearch('نوردستان');
		const [hit] = await engine.hits(outcome, 0, 5);
		expect(hit!.excerpt).toContain('<mark>كنوردستان</mark>');
	});

	test('a page whose excerpt marks nothing is judged by its own names: another name than the query’s is loose', async () => {
		// As Pagefind does for "Taluve", which no page has: it falls back to "talu" and matches a title.
		pages.push({ id: 'meeting', url: '/en/meetings/m/', title: 'Talumira meets Okoro', words: ['taluve', 'okoro'] });
		const [fallback] = await engine.hits(await engine.runSearch('Taluve'), 0, 5);
		expect(fallback!.loose).toBe(true);
		const [named] = await engine.hits(await engine.runSearch('Okoro'), 0, 5);
		expect([named!.exact, named!.loose]).toEqual([false, false]);
	});
});

describe('did you mean', () => {
	test('reads only the name files for the words typed, and offers the nearest names in the page’s language', async () => {
		const fetched: string[] = [];
		const kallavan = {
			id: 'kallavan',
			forms: ['teodor kallavan', 'kallavan'],
			name: { en: 'Teodor Kallavan', ar: 'تيودور كالافان' },
			url: { en: '/en/people/kallavan/', ar: '/ar/people/kallavan/' },
		};
		vi.stubGlobal('fetch', (url: string) => {
			fetched.push(url);
			const body = url.endsWith('index.json') ? { depth: 1, files: 7 } : [kallavan];
			return Promise.resolve({ ok: true, json: () => Promise.resolve(body) });
		});
		expect(await engine.suggestions('Kalavan')).toEqual([{ name: 'Teodor Kallavan', url: '/en/people/kallavan/' }]);
		expect(fetched).toEqual([
			'/search-names/index.json',
			// The file the name itself is in: the misspelling has the name's key.
			`/search-names/${filesForQuery('Kallavan', { depth: 1, files: 7 })[0]}.json`,
		]);
	});
});

describe('finding little', () => {
	const hit = (loose: boolean | undefined) => ({
		url: '',
		title: '',
		kind: '',
		date: undefined,
		excerpt: '',
		exact: false,
		loose,
	});

	test('fewer than three pages is little; an empty query is not a search', () => {
		expect(engine.foundLittle('Kallavan', 2, [hit(false), hit(false)])).toBe(true);
		expect(engine.foundLittle('', 0, [])).toBe(false);
	});

	test('pages that all mark other words than the query’s are little; pages that cannot tell are left out', () => {
		expect(engine.foundLittle('Taluve', 14, [hit(true), hit(true), hit(undefined)])).toBe(true);
		expect(engine.foundLittle('Kallavan', 14, [hit(true), hit(false)])).toBe(false);
		expect(engine.foundLittle('Каллаван', 14, [hit(undefined), hit(undefined), hit(undefined)])).toBe(false);
	});
});
