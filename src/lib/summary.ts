/**
 * The sentence that stands for an entry in lists and search results: its
 * summary; for a source, which has none, its note about the copy or else the
 * opening of its first paragraph (a source may have neither a summary nor a note).
 */
import type { Locale } from './language-table.ts';

type Localized = Record<Locale, string>;

/** At most this many characters of a source's opening paragraph stand for it. */
const OPENING = 200;

export function summaryOf(data: object): Localized | undefined {
	const { summary, note, paragraphs } = data as { summary?: Localized; note?: Localized; paragraphs?: Localized[] };
	if (summary) return summary;
	if (note) return note;
	const opening = paragraphs?.[0];
	if (!opening) return undefined;
	const cut = (text: string) => (text.length > OPENING ? `${text.slice(0, OPENING).replace(/\s+\S*$/, '')}…` : text);
	return Object.fromEntries(Object.entries(opening).map(([locale, text]) => [locale, cut(text)])) as Localized;
}
