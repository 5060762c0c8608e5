/**
 * A Sätteri (Markdown) plugin that writes each briefing's `source` into its
 * `<Cite>` elements at compile time, so a citation always names the source of
 * the file it is written in, however many briefings a page renders together.
 */
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';

interface MdxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

function frontmatterSource(data: unknown): string | undefined {
	const astro = (data as { astro?: { frontmatter?: { source?: unknown } } } | undefined)?.astro;
	const source = astro?.frontmatter?.source;
	return typeof source === 'string' ? source : undefined;
}

export const citeSourcePlugin: MdastPluginEntry = (context) => {
	const source = frontmatterSource(context.data);
	if (!source) return null;
	return defineMdastPlugin({
		name: 'cite-source',
		mdxJsxTextElement(node, ctx) {
			if (node.name !== 'Cite') return;
			const attributes = node.attributes as MdxAttribute[];
			if (attributes.some((a) => a.name === 'source')) return;
			// Attributes cannot be set in place; <Cite /> has no children, so it is replaced whole.
			ctx.replaceNode(node, {
				type: 'mdxJsxTextElement',
				name: 'Cite',
				attributes: [...attributes, { type: 'mdxJsxAttribute', name: 'source', value: source }],
				children: [],
			} as unknown as typeof node);
		},
	});
};
