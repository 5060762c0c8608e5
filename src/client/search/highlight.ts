/** Marks the terms of the search that led here, with Pagefind's highlighter. */
type Highlighter = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as {
	default: Highlighter;
};
// Its own styles would be an inline <style>, which the site's CSP refuses; site.css styles <mark>.
new PagefindHighlight({ highlightParam: 'highlight', addStyles: false });
