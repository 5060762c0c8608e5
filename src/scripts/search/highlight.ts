/** Marks the terms of the search that led here, with Pagefind's highlighter. */
type Highlighter = new (options: { highlightParam: string }) => unknown;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as { default: Highlighter };
new PagefindHighlight({ highlightParam: 'highlight' });
