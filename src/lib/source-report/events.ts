/**
 * Events a paragraph speaks of without naming them. A summit is "the summit"
 * beside its organiser or its city ("the CICA summit", "the summit in
 * Astana"), or "the summit" alone once the source has named one. A bilateral
 * meeting is its two sides in one sentence with a word for meeting ("met",
 * «التقى», "встретились"), on no date or one near the meeting's; or the side
 * who travelled, in the host's city within days of the meeting. The words for
 * "summit" and "meeting" are ours, a few per language.
 */
import type { GivenDate } from './calendar.ts';
import type { KnownEntity } from './collection.ts';
import type { Mention } from './known.ts';
import type { Token } from './text.ts';
import { baseLanguage, meet, wordKeys } from './word-forms.ts';

const SUMMIT_WORDS: Readonly<Record<string, readonly string[]>> = {
	en: ['summit'], ar: ['قمة'], ru: ['саммит'], fr: ['sommet'], tr: ['zirve'], de: ['Gipfel'], es: ['cumbre'], it: ['vertice'],
}; // prettier-ignore
const MEETING_WORDS: Readonly<Record<string, readonly string[]>> = {
	en: ['met', 'meet', 'meeting', 'talks', 'bilateral'],
	ar: ['التقى', 'لقاء', 'اجتماع', 'محادثات', 'مباحثات', 'استقبل', 'اجتمع'],
	ru: ['встреча', 'встретились', 'встретился', 'переговоры', 'беседа', 'провели'],
	fr: ['rencontre', 'rencontré', 'entretien', 'entretenu', 'reçu', 'entretenus'],
	tr: ['görüştü', 'görüşme', 'görüşmede', 'buluştu'],
};
/** The side who came to the other's city for the meeting, if the sentence names them (and not the host). */
function visitor(meeting: KnownEntity, ids: ReadonlySet<string>, byId: ReadonlyMap<string, KnownEntity>): boolean {
	const host = byId.get(meeting.city!)?.country;
	const [a, b] = meeting.sides!.map((id) => byId.get(id)?.country);
	const came = (side: string, own: string | undefined, other: string | undefined) =>
		ids.has(side) && own !== host && other === host;
	return came(meeting.sides![0], a, b) || came(meeting.sides![1], b, a);
}

// A date this close to an event's is a claim about the event; further off it is about something else.
export const NEAR_DAYS = 7;

function keysOf(words: readonly string[] | undefined, language: string): Set<string>[] {
	return (words ?? []).map((w) => new Set(wordKeys(w, language)));
}

/** The day a given date stands for, in the event's year when the source gives none. */
export function dayOf(date: GivenDate, year: number, endDay = false): number {
	return Date.UTC(date.year ?? year, date.month - 1, endDay ? (date.endDay ?? date.day) : date.day) / 86_400_000;
}

export function isoDay(iso: string): number {
	return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/** Days between a given date and an event's span (0 inside it). */
export function distance(date: GivenDate, event: { start: string; end: string }): number {
	const year = Number(event.start.slice(0, 4));
	const [from, to] = [dayOf(date, year), dayOf(date, year, true)];
	const [start, end] = [isoDay(event.start), isoDay(event.end)];
	if (from >= start && to <= end) return 0;
	return Math.max(Math.abs(from - start), Math.abs(to - end)) || 1;
}

export interface EventFinder {
	/** Summits and meetings the paragraph implies, given its mentions; remembers the last summit of the source. */
	(tokens: readonly Token[], mentions: readonly Mention[], dates: readonly GivenDate[]): Mention[];
}

/** An event finder for one source: call it on each paragraph in order. */
export function eventFinder(entities: readonly KnownEntity[], language: string): EventFinder {
	const lang = baseLanguage(language);
	const summitWords = keysOf([...(SUMMIT_WORDS[lang] ?? []), ...(SUMMIT_WORDS['en'] ?? [])], language);
	const meetingWords = keysOf([...(MEETING_WORDS[lang] ?? []), ...(MEETING_WORDS['en'] ?? [])], language);
	const summits = entities.filter((e) => e.collection === 'summits');
	const meetings = entities.filter((e) => e.collection === 'meetings' && e.sides && e.dates);
	const byId = new Map(entities.map((e) => [e.id, e]));
	let lastSummit: string | undefined;
	return (tokens, mentions, dates) => {
		const found: Mention[] = [];
		const sentences = [...new Set(tokens.map((t) => t.sentence))];
		// "The summit" goes with an organiser or city named anywhere in the paragraph.
		const inParagraph = new Set(mentions.map((m) => m.id));
		for (const sentence of sentences) {
			const inSentence = mentions.filter((m) => tokens[m.first]!.sentence === sentence);
			const ids = new Set(inSentence.map((m) => m.id));
			const sentenceDates = dates.filter((d) => d.sentence === sentence);
			const direct = inSentence.find((m) => summits.some((s) => s.id === m.id));
			if (direct) lastSummit = direct.id;
			const word = tokens.findIndex(
				(t) => t.sentence === sentence && summitWords.some((k) => meet(wordKeys(t.text, language), k)),
			);
			if (word >= 0 && !direct) {
				const by = summits.filter(
					(s) => (s.organiser && inParagraph.has(s.organiser)) || (s.city && inParagraph.has(s.city)),
				);
				const near = by.filter((s) => sentenceDates.every((d) => distance(d, s.dates!) <= NEAR_DAYS));
				const id = near.length === 1 ? near[0]!.id : by.length === 0 ? lastSummit : undefined;
				if (id) {
					found.push({ id, first: word, last: word, via: 'implied', text: tokens[word]!.text });
					lastSummit = id;
				}
			}
			const summitHere = direct !== undefined || word >= 0;
			const talk = tokens.some(
				(t) => t.sentence === sentence && meetingWords.some((k) => meet(wordKeys(t.text, language), k)),
			);
			for (const meeting of meetings) {
				const [a, b] = meeting.sides!;
				const near = sentenceDates.some((d) => distance(d, meeting.dates!) <= NEAR_DAYS);
				// Two leaders in a sentence that says they met, on no date or a date near the meeting's;
				// or one of them in the meeting's city within days of it ("Wang came to Samarkand on 15 September").
				const both =
					ids.has(a) && ids.has(b) && talk && sentenceDates.every((d) => distance(d, meeting.dates!) <= NEAR_DAYS);
				// Only where no summit is named: a visitor at a summit may have come for it.
				const there =
					near && !summitHere && meeting.city !== undefined && ids.has(meeting.city) && visitor(meeting, ids, byId);
				if (!both && !there) continue;
				// Listed where its second side is named, after the first.
				const side = (inSentence.find((m) => m.id === b) ?? inSentence.find((m) => m.id === a))!;
				found.push({ id: meeting.id, first: side.first, last: side.last, via: 'implied', text: side.text });
			}
		}
		return found;
	};
}
