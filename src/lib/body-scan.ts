/**
 * Reads the MDX body of a briefing without rendering it: which language
 * blocks it has, which entities it links to, which source paragraphs it
 * cites, and which components it uses. The content checker uses this to
 * prove every reference resolves; the site uses it to derive "mentioned in"
 * backlinks and each page's list of cited paragraphs.
 */
import { mdxToMdast } from 'satteri';
import { LOCALES, type Locale } from './locales.ts';

/** The components an author may use in a briefing body. */
export const BODY_COMPONENTS = {
	/** English block: `<En>…</En>`. */
	En: 'block',
	/** Arabic block: `<Ar>…</Ar>`. */
	Ar: 'block',
	/** The two or three sentences a busy reader can stop after. */
	BottomLine: 'section',
	/** The "why it matters" section. */
	WhyItMatters: 'section',
	/** A link to another entity by id: `<Link to="tokayev">Tokayev</Link>`. */
	Link: 'inline',
	/** A citation of source paragraphs: `<Cite p="2" />` or `<Cite p="2,3" />`. */
	Cite: 'inline',
} as const;
export type BodyComponent = keyof typeof BODY_COMPONENTS;

/** Names of the language block components, by locale. */
export const LANGUAGE_BLOCK: Record<Locale, BodyComponent> = { en: 'En', ar: 'Ar' };

/** A position in the MDX file (1-based line within the body). */
interface Located {
	line: number;
	/** The language block it sits in, or null outside any. */
	locale: Locale | null;
}

export interface BodyScan {
	/** A parse error, if the body is not valid MDX; nothing else is filled in then. */
	parseError?: { message: string; line: number };
	/** Where each language block starts; a locale is missing if its block is absent. */
	blocks: Partial<Record<Locale, number>>;
	/** Language blocks that appear more than once. */
	repeatedBlocks: Located[];
	/** Sections (`BottomLine`, `WhyItMatters`) found in each language. */
	sections: Record<Locale, BodyComponent[]>;
	/** The text of the Markdown headings in each language. */
	headings: Record<Locale, string[]>;
	/** `<Link to>` targets. */
	links: (Located & { to: string })[];
	/** `<Cite p>` values, parsed into paragraph numbers (empty if the value is malformed). */
	citations: (Located & { raw: string; paragraphs: number[] })[];
	/** JSX elements that are not body components, or attributes given as expressions. */
	misuse: (Located & { message: string })[];
	/** Text or elements outside any language block. */
	stray: Located[];
}

interface MdastNode {
	type: string;
	name?: string | null;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdastNode[];
	position?: { start: { line: number } };
}

const CITE_VALUE = /^\s*\d+(\s*,\s*\d+)*\s*$/;

/** Parses a `<Cite p="…">` value such as `2` or `2, 3` into paragraph numbers. */
export function parseCiteValue(raw: string): number[] {
	if (!CITE_VALUE.test(raw)) return [];
	return raw.split(',').map((part) => Number(part.trim()));
}

function attribute(node: MdastNode, name: string): { value?: string; isExpression: boolean } {
	const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	if (!attr) return { isExpression: false };
	if (typeof attr.value === 'string') return { value: attr.value, isExpression: false };
	return { isExpression: attr.value !== null && attr.value !== undefined };
}

/** Scans an MDX body. `lineOffset` is added to every line (the frontmatter's length). */
export function scanBody(body: string, lineOffset = 0): BodyScan {
	const scan: BodyScan = {
		blocks: {},
		repeatedBlocks: [],
		sections: { en: [], ar: [] },
		headings: { en: [], ar: [] },
		links: [],
		citations: [],
		misuse: [],
		stray: [],
	};
	let root: MdastNode;
	try {
		root = mdxToMdast(body) as MdastNode;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const at = /^(\d+):(\d+)/.exec(message);
		scan.parseError = {
			// Positions inside the message are relative to the body; the line reported is the file's.
			message: message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, ''),
			line: (at ? Number(at[1]) : 1) + lineOffset,
		};
		return scan;
	}

	const lineOf = (node: MdastNode) => (node.position?.start.line ?? 1) + lineOffset;

	const visit = (node: MdastNode, locale: Locale | null) => {
		const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
		let inner = locale;
		if (isJsx) {
			const name = node.name ?? '';
			const at = { line: lineOf(node), locale };
			const blockLocale = LOCALES.find((l) => LANGUAGE_BLOCK[l] === name);
			if (blockLocale) {
				if (locale !== null || scan.blocks[blockLocale] !== undefined) {
					scan.repeatedBlocks.push(at);
				} else {
					scan.blocks[blockLocale] = at.line;
				}
				inner = blockLocale;
			} else if (name === 'Link') {
				const to = attribute(node, 'to');
				if (to.value !== undefined) scan.links.push({ ...at, to: to.value });
				else scan.misuse.push({ ...at, message: '<Link> needs to="entity-id" written as a plain string' });
			} else if (name === 'Cite') {
				const p = attribute(node, 'p');
				if (p.value !== undefined) {
					scan.citations.push({ ...at, raw: p.value, paragraphs: parseCiteValue(p.value) });
				} else {
					scan.misuse.push({ ...at, message: '<Cite> needs p="2" or p="2,3" written as a plain string' });
				}
			} else if (name === 'BottomLine' || name === 'WhyItMatters') {
				if (locale) scan.sections[locale].push(name);
			} else {
				const known = Object.keys(BODY_COMPONENTS).join(', ');
				scan.misuse.push({ ...at, message: `unknown component <${name}>; expected one of ${known}` });
			}
			if (!blockLocale && locale === null) scan.stray.push(at);
		} else if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			scan.misuse.push({
				line: lineOf(node),
				locale,
				message: 'imports, exports and {expressions} are not allowed in briefings; use the built-in components',
			});
			return;
		} else if (node.type === 'heading' && locale) {
			scan.headings[locale].push(textOf(node).trim());
		} else if (locale === null && node.type !== 'root' && !isBlank(node)) {
			scan.stray.push({ line: lineOf(node), locale });
			return;
		}
		for (const child of node.children ?? []) visit(child, inner);
	};
	visit(root, null);
	return scan;
}

/** The plain text inside a node, link texts included. */
function textOf(node: MdastNode): string {
	return node.value ?? (node.children ?? []).map(textOf).join('');
}

function isBlank(node: MdastNode): boolean {
	return node.type === 'text' && (node.value ?? '').trim() === '';
}
