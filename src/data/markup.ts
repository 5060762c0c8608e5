/**
 * The HTML of the small things every page is full of: links to entities,
 * citations, and the marks that say how a statement is known. They are built
 * as text, escaped on the way in, because a page has hundreds of them and a
 * component each would cost more than the rest of the page; the Astro
 * components that show them (`Cite.astro`, `Mark.astro`) call these too.
 */
import type { ResolvedCitation } from '../lib/body/analyse.ts';
import { renderBlock } from '../lib/body/render.ts';
import type { MarkKind } from '../lib/body/tree.ts';
import { attributes, escapeHtml } from '../lib/html.ts';
import type { Locale } from '../lib/locales.ts';
import { t } from '../i18n/ui.ts';
import {
	entityName,
	entityShortName,
	entityUrl,
	entryOf,
	paragraphAnchor,
	type AnyEntry,
	type BriefingEntry,
	type Site,
} from './site.ts';

/** A statement's provenance as a reader sees it: the two marks, and sources that disagree. */
export type ProvenanceKind = MarkKind | 'disputed';

/** A link to an entity; `inner` is the link text as HTML (default: the entity's short name). */
export function linkHtml(site: Site, locale: Locale, id: string, inner?: string): string {
	const entry = site.byId.get(id);
	// The content checker rejects unknown ids before the build; this guards direct `astro build` runs.
	if (!entry) throw new Error(`A link to "${id}": no entity has this id`);
	const text = inner ?? escapeHtml(entityShortName(entry, locale));
	return `<a class="entity-link" href="${escapeHtml(entityUrl(locale, entry))}" data-kind="${entry.collection}">${text}</a>`;
}

/**
 * A citation: `[¶4, ¶5]`, each paragraph a link to it on the source page. When
 * an article draws on several sources, each is numbered (`[S2 ¶3]`) after the
 * article's list of sources.
 */
export function citeHtml(
	site: Site,
	locale: Locale,
	citation: ResolvedCitation,
	sources: readonly string[] = [],
): string {
	const source = entryOf(site, 'sources', citation.source);
	const base = entityUrl(locale, source);
	const number = sources.length > 1 ? sources.indexOf(citation.source) + 1 : 0;
	const prefix = number > 0 ? `S${number} ` : '';
	const title = escapeHtml(source.data.title[locale]);
	// The accessible name starts with the visible text (WCAG 2.5.3, label in name): "S2 ¶3, Source paragraph 3: …".
	const links = citation.p
		.map((n) => {
			const visible = `${prefix}¶${n}`;
			const label = `${visible}, ${escapeHtml(t(locale, 'citeLabel'))} ${n}: ${title}`;
			return `<a href="${escapeHtml(base)}#${paragraphAnchor(n)}" aria-label="${label}">${visible}</a>`;
		})
		.join(', ');
	return `<sup class="cite" dir="ltr" data-pagefind-ignore>[${links}]</sup>`;
}

/**
 * The mark after a statement: its kind as a word, focusable, with its reason
 * as a tip shown on hover and focus, read as the mark's description, and
 * printed after it. `id` makes the tip's id unique on the page. A disputed
 * fact's mark is a link to where the sources' values are shown (`href`).
 */
export function markHtml(locale: Locale, kind: ProvenanceKind, reason: string, id: string, href?: string): string {
	const label = `<span class="mark-label">${escapeHtml(t(locale, `mark.${kind}`))}</span>`;
	const tipId = `tip-${id}`;
	const tip = `<span class="mark-tip" id="${escapeHtml(tipId)}" role="tooltip">${escapeHtml(`${t(locale, `note.${kind}`)} ${reason}`)}</span>`;
	const trigger = href
		? `<a class="mark"${attributes({ 'data-kind': kind, href, 'aria-describedby': tipId })}>${label}</a>`
		: `<button type="button" class="mark"${attributes({ 'data-kind': kind, 'aria-describedby': tipId })}>${label}</button>`;
	// The space keeps the mark a word of its own when the text is read aloud, copied or printed.
	return `<span class="mark-wrap" data-pagefind-ignore> ${trigger}${tip}</span>`;
}

/** Marked text: the statement, then its mark. Around whole paragraphs (`block`) the mark closes the block. */
export function markedHtml(
	locale: Locale,
	kind: MarkKind,
	reason: string,
	inner: string,
	id: string,
	block: boolean,
): string {
	const mark = markHtml(locale, kind, reason, id);
	return block
		? `<div class="claim" data-kind="${kind}">${inner}<p class="claim-mark">${mark}</p></div>`
		: `<span class="claim" data-kind="${kind}">${inner}${mark}</span>`;
}

/** The order an article numbers its sources in: its primary source first, then as first cited. */
export function articleSources(site: Site, id: string): string[] {
	return site.sourcesOf.get(id) ?? [];
}

/** What each part of an entry's article (key facts, disputes, sources, connections) is given. */
export interface ArticlePartProps<Entry extends AnyEntry = AnyEntry> {
	entry: Entry;
	/** The article's sources in the order it numbers them (`articleSources`), to number its citations. */
	sources: readonly string[];
}

const bodies = new Map<string, { lead: string; rest: string }>();

/** Where the bottom line ends in a rendered body: the key facts go there. */
const LEAD_END = '<!--lead-end-->';

/**
 * A briefing's body in a language, as HTML: the bottom line (`lead`), and
 * everything after it (`rest`), so that the key facts can stand between them.
 * Rendered once per build: the same body appears on its own page and in
 * every briefing pack it belongs to.
 */
export function bodyHtml(site: Site, entry: BriefingEntry, locale: Locale): { lead: string; rest: string } {
	const key = `${entry.id}:${locale}`;
	const cached = import.meta.env.DEV ? undefined : bodies.get(key);
	if (cached !== undefined) return cached;
	let marks = 0;
	const sources = articleSources(site, entry.id);
	const analysis = site.bodies.get(entry.id)![locale];
	const html = renderBlock(
		entry.data.body.blocks[locale],
		{
			primary: entry.data.source?.id,
			link: (to, inner) => linkHtml(site, locale, to, inner),
			cite: (citation) => citeHtml(site, locale, citation, sources),
			mark: (kind, reason, inner, block) => markedHtml(locale, kind, reason, inner, `${entry.id}-${++marks}`, block),
			section: (kind, inner) => {
				const id = kind === 'bottom-line' ? 'bottom-line' : 'why-it-matters';
				const title = escapeHtml(t(locale, kind === 'bottom-line' ? 'bottomLine' : 'whyItMatters'));
				const note =
					kind === 'why-it-matters' ? `<p class="framing-note">${escapeHtml(t(locale, 'whyItMattersNote'))}</p>` : '';
				const end = kind === 'bottom-line' ? LEAD_END : '';
				return `<section class="${id}"><h2 id="${id}">${title}</h2>${note}${inner}</section>${end}`;
			},
		},
		analysis.headings,
	);
	const [lead = '', rest = ''] = html.split(LEAD_END);
	const parts = { lead, rest };
	if (!import.meta.env.DEV) bodies.set(key, parts);
	return parts;
}

/** An entity's name, escaped, for text built by hand. */
export function nameHtml(site: Site, locale: Locale, id: string): string {
	return escapeHtml(entityName(site.byId.get(id)!, locale));
}
