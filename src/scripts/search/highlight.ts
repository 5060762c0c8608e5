/** Marks the terms of the search that led here, with Pagefind's highlighter. */
import { BASE } from './base.ts';

type Highlighter = new (options: { highlightParam: string }) => unknown;
const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind-highlight.js`)) as { default: Highlighter };
new PagefindHighlight({ highlightParam: 'highlight' });
