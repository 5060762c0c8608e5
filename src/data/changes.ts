/**
 * What changed, newest first: each briefing and source with the day its file
 * last changed (or the day its `updated` field gives) and, when the author
 * said so, the source that prompted the change and a note. The "What's new"
 * pages and the Atom feeds read this.
 */
import { BRIEFING_COLLECTIONS, type LocalizedText } from '../schemas/index.ts';
import { entryOf, isBriefing, type AnyEntry, type BriefingEntry, type Site, type SourceEntry } from './site.ts';

/** How many changes the "What's new" page and the feeds show: a page, not an archive. */
export const RECENT_CHANGES = 100;

export interface Change {
	entry: BriefingEntry | SourceEntry;
	/** ISO 8601 date and time of the change. */
	updated: string;
	/** The source whose arrival prompted it, if the author named one. */
	source?: SourceEntry;
	/** What changed, if the author said. */
	note?: LocalizedText;
}

/** An entry's last change: the `updated` field where the author gave one, else its file's history. */
export function lastChange(site: Site, entry: BriefingEntry | SourceEntry): Change {
	const updated = isBriefing(entry) ? entry.data.updated : undefined;
	const change: Change = { entry, updated: updated?.date ? `${updated.date}T00:00:00Z` : entry.data.changed };
	if (updated?.source) change.source = entryOf(site, 'sources', updated.source.id);
	if (updated?.note) change.note = updated.note;
	return change;
}

let cached: { site: Site; list: Change[] } | undefined;

/** Every briefing and source, most recently changed first (by name within a day, so the order is stable). */
export function changes(site: Site): Change[] {
	if (cached?.site === site) return cached.list;
	const entries = [...BRIEFING_COLLECTIONS.flatMap((name): BriefingEntry[] => site[name]), ...site.sources];
	const list = entries
		.map((entry) => lastChange(site, entry))
		.sort((a, b) => b.updated.localeCompare(a.updated) || a.entry.id.localeCompare(b.entry.id));
	cached = { site, list };
	return list;
}

/** True for the entries a change list shows. */
export function hasHistory(entry: AnyEntry): entry is BriefingEntry | SourceEntry {
	return isBriefing(entry) || entry.collection === 'sources';
}
