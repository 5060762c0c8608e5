/**
 * Turns a language block of a briefing into HTML. Markdown elements map to
 * their HTML elements; the site's own components (links, citations, marks,
 * sections) are drawn by the context the page passes in, so a link or a
 * citation looks the same in a body as anywhere else on the site.
 */
import { escapeHtml } from '../html.ts';
import { isPhrasing, resolveCitation, type Heading, type ResolvedCitation } from './analyse.ts';
import { childrenOf, type BodyNode, type MarkKind, type SectionKind } from './tree.ts';

export interface RenderContext {
	/** The briefing's primary source, for `<Cite>` without `src`. */
	primary: string | undefined;
	/** A link to an entity; `inner` is the link text as HTML, or undefined for the entity's short name. */
	link(to: string, inner: string | undefined): string;
	/** One citation. */
	cite(citation: ResolvedCitation): string;
	/** Text marked as inferred or background, with its reason; `block` when it wraps whole paragraphs. */
	mark(kind: MarkKind, reason: string, inner: string, block: boolean): string;
	/** The bottom-line or why-it-matters section around its content. */
	section(kind: SectionKind, inner: string): string;
}

const SIMPLE: Record<string, string> = {
	p: 'p',
	ul: 'ul',
	ol: 'ol',
	li: 'li',
	em: 'em',
	strong: 'strong',
	del: 'del',
	blockquote: 'blockquote',
	code: 'code',
};

/** Renders a block; `headings` are its headings in order (from `analyseBlock`), which give each its id. */
export function renderBlock(nodes: BodyNode[], context: RenderContext, headings: Heading[]): string {
	let heading = 0;
	/** `block`: the items are blocks (a section, a mark around paragraphs), where running text needs a paragraph. */
	const render = (items: BodyNode[], block = false): string => {
		if (block && isPhrasing(items) && items.some((n) => typeof n !== 'string' || n.trim() !== '')) {
			return `<p>${render(items)}</p>`;
		}
		let html = '';
		for (const node of items) {
			if (typeof node === 'string') {
				html += escapeHtml(node);
				continue;
			}
			switch (node.t) {
				case 'br':
					html += '<br>';
					break;
				case 'hr':
					html += '<hr>';
					break;
				case 'pre':
					html += `<pre><code>${escapeHtml(node.value)}</code></pre>`;
					break;
				case 'h': {
					const id = headings[heading++]?.id;
					html += `<h${node.depth}${id ? ` id="${escapeHtml(id)}"` : ''}>${render(node.c)}</h${node.depth}>`;
					break;
				}
				case 'link':
					html += context.link(node.to, node.c.length > 0 ? render(node.c) : undefined);
					break;
				case 'cite': {
					const citation = resolveCitation(node.cite, context.primary);
					if (citation) html += context.cite(citation);
					break;
				}
				case 'mark': {
					const wraps = !isPhrasing(node.c);
					const marked = context.mark(node.kind, node.reason, render(node.c, wraps), wraps);
					html += block && !wraps ? `<p>${marked}</p>` : marked;
					break;
				}
				case 'section':
					html += context.section(node.kind, render(node.c, true));
					break;
				default: {
					const tag = SIMPLE[node.t]!;
					html += `<${tag}>${render(childrenOf(node), tag === 'blockquote')}</${tag}>`;
				}
			}
		}
		return html;
	};
	return render(nodes, true);
}
