/**
 * What Astro's MDX compiler (Sätteri, as `@astrojs/mdx` runs it) adds to a
 * briefing body while compiling it, so that each author component knows its
 * briefing: an MDX component is given its attributes only, and a page may
 * show several briefings (a pack). It adds
 *
 * - `entry` (the briefing's id, its file name) to every component that needs it;
 * - `src`, the briefing's primary source, to a `<Cite>` that names none;
 * - `mark` (its number in the file) and `layout` to `<Inferred>` and `<Background>`:
 *   `inline` inside a sentence, `paragraph` when it stands alone around running
 *   text, `block` when it wraps whole paragraphs;
 * - an id scoped by the briefing to every heading, unique in the file, so that
 *   the headings of several briefings on one page never share an id.
 *
 * Nothing is checked here: the content checker has refused, before Astro
 * runs, every body these additions could not make sense of.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { slugify } from '../lib/body/analyse.ts';

/** A node of the compiled body's tree, as far as this plugin reads it. */
interface Node {
	type: string;
	name?: string | null;
	tagName?: string;
	attributes?: { type: string; name?: string }[];
	children?: Node[];
}

/** Elements that are blocks: a mark around them wraps whole paragraphs. */
const BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'div', 'section', 'table']);
const HEADING = /^h[2-6]$/;

const isBlock = (node: Node) =>
	node.type === 'mdxJsxFlowElement' ||
	(node.type === 'element' && (BLOCKS.has(node.tagName ?? '') || HEADING.test(node.tagName ?? '')));

/** How a mark sits: inside a sentence, alone around running text, or around whole paragraphs. */
function layoutOf(node: Node): 'inline' | 'paragraph' | 'block' {
	if (node.type === 'mdxJsxTextElement') return 'inline';
	return (node.children ?? []).some(isBlock) ? 'block' : 'paragraph';
}

export const briefingBody: HastPluginEntry = ({ fileURL, data }) => {
	if (!fileURL) return null;
	const entry = basename(fileURLToPath(fileURL), '.mdx');
	const frontmatter = (data['astro'] as { frontmatter?: { source?: unknown } } | undefined)?.frontmatter;
	const primary = typeof frontmatter?.source === 'string' ? frontmatter.source : undefined;
	return {
		name: 'briefing-body',
		before(root, ctx) {
			let marks = 0;
			const ids = new Set<string>();
			const walk = (node: Node) => {
				const has = (name: string) => node.attributes?.some((a) => a.name === name) ?? false;
				const set = (key: string, value: string) => ctx.setProperty(node as never, key, value);
				if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
					switch (node.name) {
						case 'Cite':
							set('entry', entry);
							if (!has('src') && primary) set('src', primary);
							break;
						case 'Inferred':
						case 'Background':
							set('entry', entry);
							set('mark', String(++marks));
							set('layout', layoutOf(node));
							break;
						case 'BottomLine':
						case 'WhyItMatters':
							set('entry', entry);
							break;
					}
				} else if (node.type === 'element' && HEADING.test(node.tagName ?? '')) {
					const slug = `${entry}-${slugify(ctx.textContent(node as never))}`;
					let id = slug;
					for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
					ids.add(id);
					set('id', id);
				}
				for (const child of node.children ?? []) walk(child);
			};
			walk(root as Node);
		},
	};
};
