/** Building search results as DOM, never from HTML strings: content stays escaped. */
import type { Hit } from './engine.ts';

/** Interface text handed over by the page, in its language. */
export type Strings = Record<string, string>;

/** The interface text a search element carries in its `data-strings` attribute. */
export function stringsOf(element: HTMLElement): Strings {
	return JSON.parse(element.dataset['strings'] ?? '{}') as Strings;
}

/** Pagefind excerpts are entity-encoded text with <mark> elements; rebuild them safely. */
export function excerptNodes(excerpt: string): Node[] {
	const decode = (text: string) =>
		new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? '';
	return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
		const marked = /^<mark>(.*)<\/mark>$/.exec(part);
		if (!marked) return document.createTextNode(decode(part));
		const mark = document.createElement('mark');
		mark.textContent = decode(marked[1] ?? '');
		return mark;
	});
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
	const el = document.createElement(tag);
	el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

/** One result: kind and date, the linked title, and the excerpt with the terms marked. */
export function resultItem(hit: Hit, query: string, strings: Strings): HTMLLIElement {
	const li = element('li', 'search-result');
	const meta = element('p', 'search-result-meta');
	meta.append(element('span', 'search-result-kind', hit.kind));
	if (hit.date) {
		const time = element(
			'time',
			'',
			new Intl.DateTimeFormat(strings['intlLocale'], { dateStyle: 'long', timeZone: 'UTC' }).format(
				new Date(`${hit.date}T00:00:00Z`),
			),
		);
		time.dateTime = hit.date;
		meta.append(' · ', time);
	}
	const link = element('a', 'search-result-title', hit.title);
	const url = new URL(hit.url, location.href);
	if (query) url.searchParams.set('highlight', query);
	link.href = url.pathname + url.search;
	const excerpt = element('p', 'search-result-excerpt');
	excerpt.append(...excerptNodes(hit.excerpt));
	li.append(meta, link, excerpt);
	return li;
}

/**
 * "3 results" (or, for `otherEdition`, "3 results in the Arabic edition"): the
 * form the language's plural rules choose for the count, from the templates
 * the page hands over (`results.one`, `results.few` …, `results.=0`).
 */
export function countText(strings: Strings, count: number, key: 'results' | 'otherEdition' = 'results'): string {
	const category = new Intl.PluralRules(strings['intlLocale']).select(count);
	const template = strings[`${key}.=${count}`] ?? strings[`${key}.${category}`] ?? strings[`${key}.other`] ?? '';
	return template.replace('{n}', new Intl.NumberFormat(strings['intlLocale']).format(count));
}

/**
 * When a query finds pages in the other language's edition: "3 results in the
 * Arabic edition", linking that edition's search page for the same query.
 * Hidden when it finds none there.
 */
export function showOtherEdition(
	target: HTMLElement,
	count: number,
	query: string,
	strings: Strings,
	searchPage = strings['otherSearchPage'] ?? '',
): void {
	target.replaceChildren();
	target.hidden = count === 0;
	if (count === 0) return;
	const link = document.createElement('a');
	link.textContent = countText(strings, count, 'otherEdition');
	link.href = `${searchPage}?q=${encodeURIComponent(query)}`;
	link.hreflang = strings['otherLocale'] ?? '';
	target.append(link);
}

/** The parts of a results area (the header's popup or the search page) that a search fills. */
export function resultsArea(root: HTMLElement) {
	return {
		status: root.querySelector<HTMLElement>('.search-status')!,
		list: root.querySelector<HTMLOListElement>('.search-results')!,
		suggestions: root.querySelector<HTMLElement>('.search-suggestions')!,
		otherEdition: root.querySelector<HTMLElement>('.search-other-edition')!,
	};
}
