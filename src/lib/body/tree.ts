/**
 * A briefing body as the site keeps it: the MDX parsed once at load time into
 * a small tree of plain objects per language, with nothing left to compile.
 * The checker reads it to prove every statement is sourced, the site reads it
 * for links and citations, and `render.ts` turns it into HTML.
 */
import type { Locale } from '../language-table.ts';

/** A citation as written in a body: `<Cite p="4,5" />` or `<Cite src="other" p="3" />`. */
export interface BodyCitation {
	/** The source named by `src`; absent means the briefing's primary source. */
	src?: string;
	/** Paragraph numbers; empty when `p` is not a list of numbers. */
	p: number[];
	/** `p` as written, for messages. */
	raw: string;
}

/** Markdown elements a body may use, by the HTML element they become. */
export type BodyTag = 'p' | 'ul' | 'ol' | 'li' | 'em' | 'strong' | 'del' | 'blockquote' | 'code' | 'br' | 'hr';

/** The two sections every language block has. */
export type SectionKind = 'bottom-line' | 'why-it-matters';

/** The two marks for statements that are not stated in a source. */
export type MarkKind = 'inferred' | 'background';

/** `l`: the line of the file the node starts on, kept on the nodes the checker reports on. */
export type BodyNode =
	| string
	| { t: BodyTag; c?: BodyNode[]; l?: number }
	| { t: 'h'; depth: number; c: BodyNode[]; l?: number }
	| { t: 'pre'; value: string; l?: number }
	| { t: 'link'; to: string; c: BodyNode[]; l?: number }
	| { t: 'cite'; cite: BodyCitation; l?: number }
	| { t: 'mark'; kind: MarkKind; reason: string; c: BodyNode[]; l?: number }
	| { t: 'section'; kind: SectionKind; c: BodyNode[]; l?: number };

export type BodyElement = Exclude<BodyNode, string>;

/** A briefing's body: the content of its `<En>` and `<Ar>` blocks, and the line each starts on. */
export interface BriefingBody {
	blocks: Record<Locale, BodyNode[]>;
	lines: Record<Locale, number>;
}

/** The children of a node, or none. */
export function childrenOf(node: BodyNode): BodyNode[] {
	return typeof node === 'string' || !('c' in node) ? [] : (node.c ?? []);
}

/** The plain text of nodes, link texts and marked text included, citations left out. */
export function textOf(nodes: BodyNode[]): string {
	let text = '';
	for (const node of nodes) {
		if (typeof node === 'string') text += node;
		else if (node.t === 'br') text += ' ';
		else if (node.t === 'pre') text += node.value;
		else text += textOf(childrenOf(node));
	}
	return text;
}
