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
 * "3 results" (or, for an edition's `otherEdition.ar`, "3 results in the Arabic
 * edition"): the form the language's plural rules choose for the count, from
 * the templates the page hands over (`results.one`, `results.few` …, `results.=0`).
 */
export function countText(strings: Strings, count: number, key = 'results'): string {
	const category = new Intl.PluralRules(strings['intlLocale']).select(count);
	const template = strings[`${key}.=${count}`] ?? strings[`${key}.${category}`] ?? strings[`${key}.other`] ?? '';
	return template.replace('{n}', new Intl.NumberFormat(strings['intlLocale']).format(count));
}

/** The site's other editions, in the order of its languages: `['ar', 'fr']` on an English page. */
export function otherEditions(strings: Strings): string[] {
	return (strings['editions'] ?? '').split(' ').filter(Boolean);
}

/**
 * What a query finds in each other edition: "3 results in the Arabic edition",
 * linking that edition's search page for the same query (`searchPage` gives
 * it; the page's own by default). Editions where it finds nothing are left
 * out, and the line is hidden when it finds nothing anywhere else.
 */
export function showOtherEditions(
	target: HTMLElement,
	counts: ReadonlyArray<readonly [edition: string, count: number]>,
	query: string,
	strings: Strings,
	searchPage = (edition: string) => strings[`searchPage.${edition}`] ?? '',
): void {
	const found = counts.filter(([, count]) => count > 0);
	target.replaceChildren();
	target.hidden = found.length === 0;
	for (const [edition, count] of found) {
		const link = document.createElement('a');
		link.textContent = countText(strings, count, `otherEdition.${edition}`);
		link.href = `${searchPage(edition)}?q=${encodeURIComponent(query)}`;
		link.hreflang = edition;
		if (target.childNodes.length > 0) target.append(strings['or'] ?? ', ');
		target.append(link);
	}
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
