/**
 * The only module pages load at first: it defines <site-search>, makes "/"
 * and Ctrl/Cmd+K jump to the search box, fetches the search UI (and Pagefind)
 * only when the reader starts to search or opens the search page, and makes
 * the theme switch work.
 */
import { mountThemeSwitch } from '../theme.ts';
import { onSearchShortcut } from './shortcut.ts';

class SiteSearch extends HTMLElement {
	#started = false;

	connectedCallback() {
		const input = this.querySelector('input');
		if (!input) return;
		const start = () => void this.start();
		input.addEventListener('focus', start, { once: true });
		input.addEventListener('input', start, { once: true });
		if (document.activeElement === input) start();
	}

	async start() {
		if (this.#started) return;
		this.#started = true;
		// Fetch Pagefind alongside the UI rather than after it.
		const preload = document.createElement('link');
		preload.rel = 'modulepreload';
		preload.href = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
		document.head.append(preload);
		const { mountDropdown } = await import('./ui.ts');
		mountDropdown(this);
	}
}

customElements.define('site-search', SiteSearch);

onSearchShortcut(() => {
	const input = document.querySelector<HTMLInputElement>('site-search input');
	input?.focus();
	input?.select();
});

// The search page runs its search as soon as it opens.
const searchPage = document.querySelector<HTMLElement>('.search-page');
if (searchPage) void import('./ui.ts').then(({ mountSearchPage }) => mountSearchPage(searchPage));

// Arriving from a search result: mark the searched terms on the page.
if (new URLSearchParams(location.search).has('highlight'))
	void import('./ui.ts').then(({ highlightSearchTerms }) => highlightSearchTerms());

// The theme switch needs this script; without it the page follows the system's theme.
const themeSwitch = document.querySelector<HTMLSelectElement>('#theme-switch');
if (themeSwitch) mountThemeSwitch(themeSwitch);
