/**
 * A phrase as data: text, links to entities and marks, in order. Lists of
 * connections and key facts are built as phrases and drawn by `Phrase.astro`.
 */
import type { MarkKind } from '../lib/body/tree.ts';

/** A statement's provenance as a reader sees it: the two marks, and sources that disagree. */
export type ProvenanceKind = MarkKind | 'disputed';

/** A mark after a statement: how it is known and why, and the id that makes its tip unique on the page. */
export interface MarkProps {
	kind: ProvenanceKind;
	/** Why it is inferred, where the background comes from, or what the sources differ on. */
	reason: string;
	/** Unique on the page: names the tip that holds the reason. */
	id: string;
	/** For a disputed fact: where the sources' values are shown. */
	href?: string | undefined;
}

export type PhrasePart = string | { to: string } | { mark: MarkProps };

/** Links to entities, joined by the language's list separator. */
export function linkList(ids: readonly string[], separator: string): PhrasePart[] {
	return ids.flatMap((to, i): PhrasePart[] => (i === 0 ? [{ to }] : [separator, { to }]));
}
