/**
 * Parses a briefing's MDX body once, with Sätteri (the parser Astro's MDX
 * uses), into the small tree the site keeps (`src/lib/body/tree.ts`), and
 * says plainly what an author wrote that a briefing may not contain: other
 * components, code, Markdown images, links out of the site, raw web addresses.
 */
import { mdxToMdast } from 'satteri';
import { parseCiteValue } from '../lib/body/cite-value.ts';
import {
	AUTHOR_COMPONENTS,
	blockOf,
	isAuthorComponent,
	LANGUAGE_BLOCKS,
	type AuthorComponent,
} from '../lib/body/components.ts';
import type { BodyCitation, BodyNode, BodyTag, BriefingBody, SectionKind } from '../lib/body/tree.ts';
import { languageName, type Locale } from '../lib/language-table.ts';
import { eachLocale, LOCALES } from '../lib/locales.ts';

/** The site's language blocks as messages name them: "one <En> and one <Ar>", "<En> or <Ar>". */
const blockTags = LOCALES.map((locale) => `<${blockOf(locale)}>`);
const either = new Intl.ListFormat('en', { type: 'disjunction' });
const oneOfEach = new Intl.ListFormat('en', { type: 'conjunction' }).format(blockTags.map((tag) => `one ${tag}`));
const anyBlock = either.format(blockTags);
const insideAnyBlock = either.format(blockTags.map((tag) => `${tag}…${tag.replace('<', '</')}`));

export interface BodyProblem {
	line: number;
	message: string;
}

interface Mdast {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	depth?: number;
	ordered?: boolean | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Mdast[];
	position?: { start: { line: number } };
}

const SECTION_OF: Partial<Record<AuthorComponent, SectionKind>> = {
	BottomLine: 'bottom-line',
	WhyItMatters: 'why-it-matters',
};

/** What a required attribute holds, for the message when it is missing. */
const MISSING: Record<string, string> = {
	to: 'the id of the entity linked to',
	p: 'the paragraph numbers cited, p="2" or p="2,3"',
	because: 'the reason the author concludes it, in the language of the block',
	from: 'where the knowledge comes from, in the language of the block',
};

/** Why a Markdown link or web address cannot be in a briefing. */
function linkProblem(node: Mdast): string {
	const url = node.url ?? '';
	const text = (node.children ?? []).map((c) => c.value ?? '').join('');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
	if (text === url || `http://${text}` === url || `mailto:${text}` === url) {
		return `the web address ${JSON.stringify(text)} would become a link out of the site; expected no web addresses in briefings (a source's address belongs in its source.yaml)`;
	}
	if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') {
		return `[${text}](${url}) is a ${scheme}: link, which would run or load code; expected <Link to="entity-id"> for links inside the site`;
	}
	if (scheme) {
		return `[${text}](${url}) links out of the site (${scheme}:); expected <Link to="entity-id">: briefings link only to pages of the site`;
	}
	return `[${text}](${url}) is a Markdown link; expected <Link to="entity-id">, which works in every language and under any sub-path`;
}

/** What each Markdown node becomes; a string is the problem to report instead. */
const MARKDOWN: Record<string, BodyTag | ((node: Mdast) => string)> = {
	paragraph: 'p',
	list: 'ul',
	listItem: 'li',
	emphasis: 'em',
	strong: 'strong',
	delete: 'del',
	blockquote: 'blockquote',
	inlineCode: 'code',
	break: 'br',
	thematicBreak: 'hr',
	link: linkProblem,
	image: (node) =>
		`the Markdown image ![…](${node.url ?? ''}) would load a picture from outside the briefing; expected no images in briefings`,
	imageReference: () => 'a Markdown image reference; expected no images in briefings',
	linkReference: () => 'a Markdown reference link; expected <Link to="entity-id">',
	definition: () => 'a Markdown link definition; expected <Link to="entity-id"> in the text instead',
	table: () => 'a table; expected paragraphs or lists, each with its citation',
	footnoteReference: () => 'a footnote; expected <Cite p="…"> for sources and <Inferred>/<Background> for the rest',
	footnoteDefinition: () => 'a footnote; expected <Cite p="…"> for sources and <Inferred>/<Background> for the rest',
	html: () => 'raw HTML; expected Markdown and the briefing components',
	mdxjsEsm: () => 'imports, exports and {expressions} are not allowed in briefings; use the built-in components',
	mdxFlowExpression: () =>
		'imports, exports and {expressions} are not allowed in briefings; use the built-in components',
	mdxTextExpression: () =>
		'imports, exports and {expressions} are not allowed in briefings; use the built-in components',
};

/** Parses a body. `lineOffset` is the number of file lines before it, so lines are the file's. */
export function parseBody(source: string, lineOffset = 0): { body?: BriefingBody; problems: BodyProblem[] } {
	const problems: BodyProblem[] = [];
	let root: Mdast;
	try {
		root = mdxToMdast(source) as Mdast;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const at = /^(\d+):(\d+)/.exec(message);
		const reason = message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '');
		return { problems: [{ line: (at ? Number(at[1]) : 1) + lineOffset, message: `MDX does not parse: ${reason}` }] };
	}
	const lineOf = (node: Mdast) => (node.position?.start.line ?? 1) + lineOffset;
	const report = (node: Mdast, message: string) => problems.push({ line: lineOf(node), message });

	/** The plain-string attributes of a component, reporting unknown, missing and non-string ones. */
	const attributesOf = (node: Mdast, name: AuthorComponent): Record<string, string> | undefined => {
		const spec: Record<string, 'required' | 'optional'> = AUTHOR_COMPONENTS[name].attributes;
		const values: Record<string, string> = {};
		let ok = true;
		for (const attribute of node.attributes ?? []) {
			const key = attribute.name ?? '';
			if (attribute.type !== 'mdxJsxAttribute' || !Object.hasOwn(spec, key)) {
				const expected = Object.keys(spec).length ? Object.keys(spec).join(', ') : 'none';
				report(
					node,
					`<${name}> has an unknown attribute ${attribute.name ? `"${attribute.name}"` : '{…}'}; expected ${expected}`,
				);
				ok = false;
			} else if (typeof attribute.value !== 'string') {
				report(node, `<${name} ${key}> must be written as a plain string, ${key}="…"`);
				ok = false;
			} else {
				values[key] = attribute.value.normalize('NFC');
			}
		}
		for (const [key, need] of Object.entries(spec)) {
			if (need === 'required' && (values[key] ?? '').trim() === '' && ok) {
				report(node, `<${name}> has no ${key}="…"; expected ${MISSING[key] ?? 'a value'}`);
				// A mark without its reason is still a mark: the rest of the checks see it.
				if (AUTHOR_COMPONENTS[name].kind !== 'mark') ok = false;
			}
		}
		return ok ? values : undefined;
	};

	const convert = (nodes: Mdast[], locale: Locale, depth: number): BodyNode[] => {
		const out: BodyNode[] = [];
		for (const node of nodes) {
			const line = lineOf(node);
			if (node.type === 'text') {
				out.push((node.value ?? '').normalize('NFC'));
				continue;
			}
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				const name = node.name ?? '';
				if (!isAuthorComponent(name)) {
					report(
						node,
						`unknown component <${name || '>'}>; expected one of ${Object.keys(AUTHOR_COMPONENTS).join(', ')}`,
					);
					continue;
				}
				const kind = AUTHOR_COMPONENTS[name].kind;
				const attributes = attributesOf(node, name);
				if (kind === 'block') {
					report(node, `<${name}> inside a language block; expected ${oneOfEach} at the top level`);
					continue;
				}
				if (kind === 'section') {
					if (depth > 0) report(node, `<${name}> must be directly inside ${anyBlock}, not nested in other content`);
					out.push({
						t: 'section',
						kind: SECTION_OF[name]!,
						c: convert(node.children ?? [], locale, depth + 1),
						l: line,
					});
					continue;
				}
				if (!attributes) continue;
				if (name === 'Link') {
					out.push({
						t: 'link',
						to: attributes['to']!.trim(),
						c: convert(node.children ?? [], locale, depth + 1),
						l: line,
					});
				} else if (name === 'Cite') {
					if ((node.children ?? []).length > 0) report(node, '<Cite> takes no text; expected <Cite p="…" />');
					const raw = attributes['p']!;
					const cite: BodyCitation = { p: parseCiteValue(raw), raw };
					if (attributes['src'] !== undefined) cite.src = attributes['src'].trim();
					if (cite.p.length === 0)
						report(node, `<Cite p=${JSON.stringify(raw)}> is not a paragraph list; expected p="2" or p="2,3"`);
					out.push({ t: 'cite', cite, l: line });
				} else {
					const reason = (attributes['because'] ?? attributes['from'] ?? '').trim();
					const children = convert(node.children ?? [], locale, depth + 1);
					if (children.every((c) => typeof c === 'string' && c.trim() === '')) {
						report(node, `<${name}> marks nothing; expected the statement between <${name} …> and </${name}>`);
					}
					out.push({ t: 'mark', kind: name === 'Inferred' ? 'inferred' : 'background', reason, c: children, l: line });
				}
				continue;
			}
			if (node.type === 'heading') {
				if (node.depth === 1)
					report(node, 'a level-1 heading (#); expected ## for sections: the page title is the briefing’s name');
				out.push({
					t: 'h',
					depth: Math.max(2, node.depth ?? 2),
					c: convert(node.children ?? [], locale, depth + 1),
					l: line,
				});
				continue;
			}
			if (node.type === 'code') {
				out.push({ t: 'pre', value: node.value ?? '', l: line });
				continue;
			}
			const mapped = MARKDOWN[node.type];
			if (typeof mapped === 'function') {
				report(node, mapped(node));
				continue;
			}
			if (mapped === undefined) {
				report(
					node,
					`${node.type} is not supported in briefings; expected paragraphs, lists, headings and the briefing components`,
				);
				continue;
			}
			if (mapped === 'code') {
				out.push({ t: 'code', c: [node.value ?? ''] });
				continue;
			}
			const t: BodyTag = node.type === 'list' && node.ordered ? 'ol' : mapped;
			const children = node.children ? convert(node.children, locale, depth + 1) : undefined;
			// Paragraphs and list items are statements: they keep their line for the checker.
			out.push({ t, ...(children ? { c: children } : {}), ...(t === 'p' || t === 'li' ? { l: line } : {}) });
		}
		return out;
	};

	const blocks: Partial<Record<Locale, BodyNode[]>> = {};
	const lines: Partial<Record<Locale, number>> = {};
	for (const node of root.children ?? []) {
		const name = node.name ?? '';
		const locale =
			node.type === 'mdxJsxFlowElement' && name in LANGUAGE_BLOCKS
				? LANGUAGE_BLOCKS[name as keyof typeof LANGUAGE_BLOCKS]
				: undefined;
		if (locale === undefined) {
			if (node.type === 'text' && (node.value ?? '').trim() === '') continue;
			report(node, `content outside a language block; expected everything inside ${insideAnyBlock}`);
			continue;
		}
		if (blocks[locale] !== undefined) {
			report(node, `language block repeated or nested; expected ${oneOfEach} at the top level`);
			continue;
		}
		attributesOf(node, name as keyof typeof LANGUAGE_BLOCKS);
		lines[locale] = lineOf(node);
		blocks[locale] = convert(node.children ?? [], locale, 0);
	}
	for (const locale of LOCALES) {
		const tag = blockOf(locale);
		const block = blocks[locale];
		if (block === undefined) {
			problems.push({
				line: lineOffset + 1,
				message: `has no <${tag}> block; expected the ${languageName(locale)} text inside <${tag}>…</${tag}>`,
			});
			continue;
		}
		for (const [component, kind] of Object.entries(SECTION_OF)) {
			const count = block.filter((n) => typeof n !== 'string' && n.t === 'section' && n.kind === kind).length;
			if (count === 0)
				problems.push({
					line: lines[locale]!,
					message: `<${tag}> block has no <${component}>; expected one in every language`,
				});
			if (count > 1)
				problems.push({ line: lines[locale]!, message: `<${tag}> block has ${count} <${component}>; expected one` });
		}
	}
	// A body with every block is kept even with problems, so that its links and sources are checked too.
	if (LOCALES.some((locale) => !blocks[locale])) return { problems };
	return { body: { blocks: eachLocale((l) => blocks[l]!), lines: eachLocale((l) => lines[l]!) }, problems };
}
