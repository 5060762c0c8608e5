/**
 * What a language block of a briefing says and how each statement is known:
 * its sections, its statements (paragraphs and list items) with their
 * citations and marks, its links and its headings. One walk serves the
 * content checker (which needs the lines) and the site (backlinks, the source
 * review page, the table of contents).
 */
import { childrenOf, textOf, type BodyCitation, type BodyNode, type MarkKind, type SectionKind } from './tree.ts';

/** A citation with its source resolved: the primary source when the author left `src` out. */
export interface ResolvedCitation {
	source: string;
	p: number[];
}

/**
 * How a statement is known: `stated` (it cites a source), `inferred` or
 * `background` (it is wholly marked so), or `unsourced` when it is neither.
 */
export type StatementKind = 'stated' | MarkKind | 'unsourced';

export interface Statement {
	/** Index of the section it belongs to. */
	section: number;
	/** Its plain text. */
	text: string;
	kind: StatementKind;
	/** Everything it cites. */
	citations: ResolvedCitation[];
	/** The marks inside it or around it, with their reasons. */
	marks: { kind: MarkKind; reason: string }[];
	line?: number | undefined;
}

export interface Section {
	kind: SectionKind | 'heading';
	/** The heading text; empty for the bottom line and why-it-matters sections. */
	title: string;
	line?: number | undefined;
	/** `source#p` for every paragraph cited in the section, sorted. */
	cited: string[];
	/** Marks in the section, by kind. */
	marks: Record<MarkKind, number>;
}

export interface Heading {
	depth: number;
	text: string;
	/** The anchor id the heading is rendered with. */
	id: string;
}

export interface BlockAnalysis {
	sections: Section[];
	statements: Statement[];
	/** Entity ids linked, in order of first link. */
	links: { to: string; line?: number | undefined }[];
	/** Every citation, in order, with the line it is written on. */
	citations: (ResolvedCitation & { raw: BodyCitation; line?: number | undefined })[];
	headings: Heading[];
}

const BLOCK = new Set(['p', 'ul', 'ol', 'li', 'h', 'blockquote', 'pre', 'hr', 'section']);

/** True when nodes are running text (words, emphasis, links, citations, inline marks) rather than blocks. */
export function isPhrasing(nodes: BodyNode[]): boolean {
	return nodes.every(
		(node) => typeof node === 'string' || (!BLOCK.has(node.t) && (node.t !== 'mark' || isPhrasing(node.c))),
	);
}

/** An anchor id from a heading's text: letters and digits of any script, joined by hyphens. */
export function slugify(text: string): string {
	return (
		text
			.normalize('NFC')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
			.replace(/^-+|-+$/g, '') || 'section'
	);
}

/** Resolves `<Cite>` against the briefing's primary source; undefined when there is none to resolve to. */
export function resolveCitation(cite: BodyCitation, primary: string | undefined): ResolvedCitation | undefined {
	const source = cite.src ?? primary;
	return source === undefined ? undefined : { source, p: cite.p };
}

/** Analyses one language block. `primary` is the briefing's primary source; `idPrefix` keeps heading ids unique on pages that show several briefings. */
export function analyseBlock(nodes: BodyNode[], primary: string | undefined, idPrefix = ''): BlockAnalysis {
	const result: BlockAnalysis = { sections: [], statements: [], links: [], citations: [], headings: [] };
	const usedIds = new Set<string>();
	let section = -1;

	const openSection = (kind: Section['kind'], title: string, line: number | undefined) => {
		result.sections.push({ kind, title, line, cited: [], marks: { inferred: 0, background: 0 } });
		section = result.sections.length - 1;
	};
	const current = () => {
		if (section < 0) openSection('heading', '', undefined);
		return result.sections[section]!;
	};

	/** Walks running text: collects links, citations and marks. */
	const inline = (items: BodyNode[], found: { citations: ResolvedCitation[]; marks: Statement['marks'] }) => {
		for (const node of items) {
			if (typeof node === 'string') continue;
			if (node.t === 'link') result.links.push({ to: node.to, line: node.l });
			if (node.t === 'cite') {
				const resolved = resolveCitation(node.cite, primary);
				if (resolved) {
					found.citations.push(resolved);
					result.citations.push({ ...resolved, raw: node.cite, line: node.l });
					for (const p of resolved.p) current().cited.push(`${resolved.source}#${p}`);
				} else {
					result.citations.push({ source: '', p: node.cite.p, raw: node.cite, line: node.l });
				}
			}
			if (node.t === 'mark') {
				found.marks.push({ kind: node.kind, reason: node.reason });
				current().marks[node.kind]++;
			}
			inline(childrenOf(node), found);
		}
	};

	/** One statement: a paragraph, a list item's own text, or a mark or section written on one line. */
	const statement = (items: BodyNode[], line: number | undefined, around: MarkKind | undefined) => {
		const found = { citations: [] as ResolvedCitation[], marks: [] as Statement['marks'] };
		inline(items, found);
		const text = textOf(items).replace(/\s+/g, ' ').trim();
		if (text === '' && found.citations.length === 0) return;
		const onlyMarks = items.every((node) =>
			typeof node === 'string' ? /^[\s\p{P}]*$/u.test(node) : node.t === 'mark' || node.t === 'cite',
		);
		const kind: StatementKind =
			around ??
			(found.citations.length > 0 ? 'stated' : onlyMarks && found.marks[0] ? found.marks[0].kind : 'unsourced');
		result.statements.push({
			section: section < 0 ? 0 : section,
			text,
			kind,
			citations: found.citations,
			marks: found.marks,
			line,
		});
		current();
	};

	const blocks = (items: BodyNode[], around: MarkKind | undefined) => {
		for (const node of items) {
			if (typeof node === 'string') {
				if (node.trim() !== '') statement([node], undefined, around);
				continue;
			}
			switch (node.t) {
				case 'section':
					openSection(node.kind, '', node.l);
					if (isPhrasing(node.c)) statement(node.c, node.l, around);
					else blocks(node.c, around);
					break;
				case 'h': {
					const text = textOf(node.c).trim();
					let id = `${idPrefix}${slugify(text)}`;
					for (let n = 2; usedIds.has(id); n++) id = `${idPrefix}${slugify(text)}-${n}`;
					usedIds.add(id);
					result.headings.push({ depth: node.depth, text, id });
					if (node.depth === 2) openSection('heading', text, node.l);
					break;
				}
				case 'p':
					statement(node.c ?? [], node.l, around);
					break;
				case 'li': {
					const own = (node.c ?? []).flatMap((child) =>
						typeof child !== 'string' && child.t === 'p' ? (child.c ?? []) : isPhrasing([child]) ? [child] : [],
					);
					statement(own, node.l, around);
					blocks(
						(node.c ?? []).filter((child) => typeof child !== 'string' && (child.t === 'ul' || child.t === 'ol')),
						around,
					);
					break;
				}
				case 'mark':
					// Written on one line, it is a statement of its own (counted as it is walked).
					if (isPhrasing(node.c)) statement([node], node.l, around);
					else {
						current().marks[node.kind]++;
						// A mark wrapping whole paragraphs: each is a statement of that kind.
						const before = result.statements.length;
						blocks(node.c, around ?? node.kind);
						for (const s of result.statements.slice(before)) s.marks.push({ kind: node.kind, reason: node.reason });
					}
					break;
				case 'ul':
				case 'ol':
				case 'blockquote':
					blocks(node.c ?? [], around);
					break;
				default:
					break;
			}
		}
	};

	blocks(nodes, undefined);
	for (const s of result.sections) s.cited = [...new Set(s.cited)].sort();
	return result;
}

/** The ids an analysis links to, each once, in order. */
export function linkedIds(analysis: BlockAnalysis): string[] {
	return [...new Set(analysis.links.map((l) => l.to))];
}
