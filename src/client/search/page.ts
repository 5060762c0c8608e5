/**
 * The full search page. Its URL carries the query, filters and sort
 * (`?q=…&kind=…&sort=date:desc`), so a search can be bookmarked and shared.
 */
import * as engine from './engine.ts';
import { countText, otherEditions, resultItem, resultsArea, showOtherEditions, stringsOf } from './render.ts';
import { showSuggestions } from './suggestions.ts';

const FILTERS = ['kind', 'country', 'year', 'topic'] as const;
const PAGE = 10;

export async function mountSearchPage(root: HTMLElement): Promise<void> {
	const strings = stringsOf(root);
	const form = root.querySelector('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
	const { status, list, suggestions, otherEdition } = resultsArea(root);
	const more = root.querySelector<HTMLButtonElement>('.search-more')!;
	const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

	/** Fills each filter menu with the values in the index, keeping any value the URL asks for. */
	async function fillFilters(params: URLSearchParams) {
		const totals = await (await engine.pagefind()).filters();
		for (const name of FILTERS) {
			const menu = select(name);
			const values = Object.keys(totals[name] ?? {}).sort((a, b) => a.localeCompare(b, document.documentElement.lang));
			const wanted = params.get(name);
			if (wanted && !values.includes(wanted)) values.push(wanted);
			for (const value of values) menu.append(new Option(value, value, false, value === wanted));
		}
	}

	function currentParams(): URLSearchParams {
		const params = new URLSearchParams();
		if (input.value.trim()) params.set('q', input.value.trim());
		for (const name of FILTERS) if (select(name).value) params.set(name, select(name).value);
		if (sort.value) params.set('sort', sort.value);
		return params;
	}

	let latest = 0;

	/** Runs the search the form describes; the page is `aria-busy` until its results and suggestions are all shown. */
	async function run() {
		const mine = ++latest;
		root.ariaBusy = 'true';
		try {
			await search(mine);
		} finally {
			if (mine === latest) root.ariaBusy = 'false';
		}
	}

	async function search(run: number) {
		const params = currentParams();
		history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
		const query = params.get('q') ?? '';
		const filters: Record<string, string[]> = {};
		for (const name of FILTERS) {
			const value = params.get(name);
			if (value) filters[name] = [value];
		}
		const options: engine.SearchOptions = { filters };
		const order = params.get('sort');
		if (order === 'date:asc' || order === 'date:desc') options.sort = order;
		if (!query && Object.keys(filters).length === 0) {
			list.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			suggestions.replaceChildren();
			showOtherEditions(otherEdition, [], '', strings);
			return;
		}
		const outcome = await engine.runSearch(query, options);
		if (run !== latest) return;
		let shown = 0;
		const showMore = async () => {
			const next = await engine.hits(outcome, shown, shown + PAGE);
			if (run !== latest) return [];
			list.append(...next.map((hit) => resultItem(hit, query, strings)));
			shown += next.length;
			more.hidden = shown >= outcome.results.length;
			return next;
		};
		list.replaceChildren();
		const first = await showMore();
		if (run !== latest) return;
		status.textContent = countText(strings, outcome.results.length);
		more.onclick = () => void showMore();
		const few = engine.foundLittle(query, outcome.results.length, first);
		const [elsewhere, suggested] = few
			? await Promise.all([engine.otherEditionCounts(query, otherEditions(strings)), engine.suggestions(query)])
			: [[], []];
		if (run !== latest) return;
		showOtherEditions(otherEdition, elsewhere, query, strings);
		showSuggestions(suggestions, suggested, strings);
	}

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	sort.value = params.get('sort') ?? '';
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	form.addEventListener('change', () => void run());
	input.addEventListener('input', () => void run());
	await fillFilters(params);
	await run();
}
