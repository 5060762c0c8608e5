/**
 * Search in the portable edition. Opened from disk (file://), where Pagefind
 * cannot run and module scripts are refused, this classic script searches the
 * fallback index (`search-index.js`, loaded with a <script> tag on first use)
 * with the same spelling tolerance and "did you mean" as the main search.
 * Served over http(s) from a server's root, it hands over to the site's usual
 * search loader; anywhere else it keeps to the fallback index.
 */
import { searchFallback, unpackFallbackIndex, type FallbackEntry, type PackedFallbackIndex } from '../../lib/fallback-search.ts';
import { suggest } from '../../lib/fuzzy.ts';
import { DEFAULT_LOCALES, isKnownLocale, type Locale } from '../../lib/language-table.ts';
import { countText, otherEditions, resultItem, resultsArea, showOtherEditions, stringsOf, type Strings } from '../search/render.ts';
import { onSearchShortcut } from '../search/shortcut.ts';
import { showSuggestions } from '../search/suggestions.ts';

declare global {
	interface Window {
		BRIEFINGS_SEARCH_INDEX?: PackedFallbackIndex;
	}
}

const script = document.currentScript as HTMLScriptElement;
/** The edition's root folder, where this script and the index live. */
const root = script.src.replace(/[^/]*$/, '');

// Served over http(s) from the root of a server, Pagefind works as on the regular site.
if (location.protocol !== 'file:' && new URL(root).pathname === '/') {
	const loader = document.createElement('script');
	loader.type = 'module';
	loader.src = script.dataset['loader'] ?? '';
	document.head.append(loader);
} else {
	// Every page of an edition is in its language: the root's `lang` says which.
	const lang = document.documentElement.lang;
	const locale: Locale = isKnownLocale(lang) ? lang : DEFAULT_LOCALES[0];
	let index: Promise<FallbackEntry[]> | undefined;
	const loadIndex = () =>
		(index ??= new Promise((resolve, reject) => {
			const tag = document.createElement('script');
			tag.src = `${root}search-index.js`;
			tag.onload = () => resolve(unpackFallbackIndex(window.BRIEFINGS_SEARCH_INDEX ?? { stems: [], entries: [] }));
			tag.onerror = () => reject(new Error('search-index.js could not be loaded'));
			document.head.append(tag);
		}));

	const urlOf = (entry: FallbackEntry) => `${root}${locale}/${entry.k}/${entry.i}/index.html`;

	/** Results, counts and suggestions for a query, drawn into a results area. */
	const show = async (area: HTMLElement, query: string, strings: Strings, limit: number, kind = '') => {
		const entries = await loadIndex();
		const hits = searchFallback(entries, query, locale).filter((h) => !kind || h.entry.k === kind);
		const { status, list, suggestions, otherEdition } = resultsArea(area);
		list.replaceChildren(
			...hits.slice(0, limit).map((hit) =>
				resultItem({ url: urlOf(hit.entry), title: hit.entry.n[locale] ?? hit.entry.i, kind: strings[`kind.${hit.entry.k}`] ?? hit.entry.k, date: hit.entry.d, excerpt: hit.excerpt, exact: false }, '', strings),
			),
		);
		status.textContent = countText(strings, hits.length);
		const ids = hits.length < 3 ? suggest(query, entries.map((e) => ({ id: e.i, forms: e.f }))) : [];
		const suggested = ids.map((id) => entries.find((e) => e.i === id)!).map((e) => ({ name: e.n[locale] ?? e.i, url: urlOf(e) }));
		showSuggestions(suggestions, suggested, strings);
		const elsewhere = hits.length < 3 && query ? otherEditions(strings).filter(isKnownLocale).map((other) => [other, searchFallback(entries, query, other).length] as const) : [];
		showOtherEditions(otherEdition, elsewhere, query, strings, (other) => `${root}${other}/search/index.html`);
		return hits.length;
	};

	/** The header box: results under it as the reader types. */
	const mountHeaderBox = (host: HTMLElement) => {
		const strings = stringsOf(host);
		const input = host.querySelector('input')!;
		const popup = host.querySelector<HTMLElement>('.search-popup')!;
		const all = popup.querySelector<HTMLAnchorElement>('.search-all')!;
		let latest = 0;
		input.addEventListener('focus', () => void loadIndex(), { once: true });
		input.addEventListener('input', async () => {
			const query = input.value.trim();
			const run = ++latest;
			if (query.length < 2) {
				popup.hidden = true;
				return;
			}
			const count = await show(popup, query, strings, 5);
			if (run !== latest) return;
			all.href = `${root}${locale}/search/index.html?q=${encodeURIComponent(query)}`;
			all.hidden = count <= 5;
			popup.hidden = false;
		});
		onSearchShortcut(() => input.focus());
		host.addEventListener('keydown', (event) => {
			if (event.key === 'Escape') popup.hidden = true;
		});
	};

	/** The search page: the query from the address, and a filter by kind. */
	const mountSearchPage = (page: HTMLElement) => {
		const strings = stringsOf(page);
		const form = page.querySelector('form')!;
		const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
		const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
		// Only kinds can be told apart without Pagefind's index: the other filters go.
		for (const name of ['country', 'year', 'topic', 'sort']) form.querySelector(`select[name="${name}"]`)?.closest('p')?.remove();
		for (const k of (strings['kinds'] ?? '').split(' ')) kind.append(new Option(strings[`kind.${k}`] ?? k, k));
		const params = new URLSearchParams(location.search);
		input.value = params.get('q') ?? '';
		kind.value = params.get('kind') ?? '';
		const run = () => void show(page, input.value.trim(), strings, 50, kind.value);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			run();
		});
		form.addEventListener('change', run);
		input.addEventListener('input', run);
		if (input.value) run();
	};

	const host = document.querySelector<HTMLElement>('site-search');
	if (host) mountHeaderBox(host);
	const page = document.querySelector<HTMLElement>('.search-page');
	if (page) mountSearchPage(page);
}
