/**
 * The header search: results under the box as the reader types, the top
 * five with kind, date, title and excerpt, a link to all results, and,
 * when a query finds little, how much it finds in each other language's
 * edition and "did you mean".
 */
import * as engine from './engine.ts';
import { countText, otherEditions, resultItem, resultsArea, showOtherEditions, stringsOf } from './render.ts';
import { showSuggestions } from './suggestions.ts';

const SHOWN = 5;
/** Shorter queries match too much to be worth showing. */
const MIN_LENGTH = 2;
/** How long a query must stand before the other editions are asked about it. */
const SETTLED_MS = 400;

export function mountDropdown(host: HTMLElement): void {
	const strings = stringsOf(host);
	const searchPage = host.dataset['searchPage'] ?? '';
	const input = host.querySelector('input')!;
	const popup = host.querySelector<HTMLElement>('.search-popup')!;
	const { status, list, suggestions, otherEdition } = resultsArea(popup);
	const all = popup.querySelector<HTMLAnchorElement>('.search-all')!;
	let latest = 0;

	const close = () => {
		popup.hidden = true;
		input.setAttribute('aria-expanded', 'false');
	};

	const update = async () => {
		const query = input.value.trim();
		const run = ++latest;
		if (query.length < MIN_LENGTH) {
			close();
			return;
		}
		const outcome = await engine.runSearch(query);
		// A newer keystroke has taken over: fetch nothing more for this one. While Pagefind
		// loads, every key typed meanwhile lands here, and only the last goes on.
		if (run !== latest) return;
		const top = await engine.hits(outcome, 0, SHOWN);
		if (run !== latest) return;
		list.replaceChildren(...top.map((hit) => resultItem(hit, query, strings)));
		status.textContent = countText(strings, outcome.results.length);
		all.href = `${searchPage}?q=${encodeURIComponent(query)}`;
		all.hidden = outcome.results.length <= SHOWN;
		popup.hidden = false;
		input.setAttribute('aria-expanded', 'true');
		const few = engine.foundLittle(query, outcome.results.length, top);
		const suggested = few ? await engine.suggestions(query) : [];
		if (run !== latest) return;
		showSuggestions(suggestions, suggested, strings);
		showOtherEditions(otherEdition, [], query, strings);
		// Under the box, only a query that finds nothing here asks the other edition (the search page asks for fewer than three).
		if (outcome.results.length > 0) return;
		// The other edition's index is fetched only for a query the reader has stopped typing:
		// a half-typed name often finds nothing on the way to finding plenty.
		await new Promise((resolve) => setTimeout(resolve, SETTLED_MS));
		if (run !== latest) return;
		const elsewhere = await engine.otherEditionCounts(query, otherEditions(strings));
		if (run === latest) showOtherEditions(otherEdition, elsewhere, query, strings);
	};

	input.setAttribute('aria-controls', popup.id);
	input.setAttribute('aria-expanded', 'false');
	input.addEventListener('input', () => void update());
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' && !popup.hidden) {
			event.preventDefault();
			popup.querySelector<HTMLAnchorElement>('a')?.focus();
		}
	});
	host.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !popup.hidden) {
			close();
			input.focus();
		}
		if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && event.target instanceof HTMLAnchorElement) {
			event.preventDefault();
			const links = [...popup.querySelectorAll<HTMLAnchorElement>('a:not([hidden])')];
			const next = links.indexOf(event.target) + (event.key === 'ArrowDown' ? 1 : -1);
			(next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
		}
	});
	document.addEventListener('click', (event) => {
		if (!host.contains(event.target as Node)) close();
	});
	void engine.pagefind();
	if (input.value.trim() !== '') void update();
}
