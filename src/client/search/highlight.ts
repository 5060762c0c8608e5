/**
 * Marks the terms of the search that led here: Pagefind's highlighter marks
 * them as typed, and Arabic words are marked wherever the page writes them
 * with another prefix or ending (the same light stems the search uses).
 */
import { arabicTerms, stemsOf } from '../../lib/arabic-stem.ts';
import { BASE } from './base.ts';

type Highlighter = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

export async function highlightSearchTerms(): Promise<void> {
	const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind-highlight.js`)) as {
		default: Highlighter;
	};
	// Its own styles would be an inline <style>, which the site's CSP refuses; site.css styles <mark>.
	new PagefindHighlight({ highlightParam: 'highlight', addStyles: false });

	const stems = new Set(arabicTerms(new URLSearchParams(location.search).get('highlight') ?? ''));
	const body = document.querySelector('[data-pagefind-body]');
	if (stems.size === 0 || !body) return;
	const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
	const texts: Text[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode())
		if (!node.parentElement?.closest('mark, script, [hidden]')) texts.push(node as Text);
	for (const text of texts) {
		const parts = (text.data.match(/[\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+/gu) ?? []).map((part) => {
			if (!/\p{Script=Arabic}/u.test(part) || !stemsOf(part).some((stem) => stems.has(stem)))
				return document.createTextNode(part);
			const mark = document.createElement('mark');
			mark.className = 'pagefind-highlight';
			mark.textContent = part;
			return mark;
		});
		if (parts.some((part) => part instanceof HTMLElement)) text.replaceWith(...parts);
	}
}
