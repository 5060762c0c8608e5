/**
 * What a paragraph says that the collection says otherwise: a date for a
 * summit or meeting outside its days, a title for a person that is not
 * their office (or names another country), a count of a summit's
 * participants or its edition. Each is reported with the paragraph, so the
 * author can check the sources and record a dispute.
 *
 * A date counts for the dated event mentioned nearest to it in its sentence,
 * and only when within a week of it (a date further off is about something
 * else), not for an event the sentence dates from ("a day after the
 * summit"); a date that fits any event of the sentence is no disagreement.
 */
import type { GivenDate } from './calendar.ts';
import type { KnownEntity } from './collection.ts';
import { distance, NEAR_DAYS } from './events.ts';
import type { Mention } from './known.ts';
import { cardinalAt, ordinalAt } from './numbers.ts';
import type { Token } from './text.ts';
import { officeOf, officesAgree, titleAt } from './titles.ts';
import { baseLanguage, foldWord, meet, wordKeys } from './word-forms.ts';

export type Fact = 'date' | 'office' | 'participants' | 'edition';

export interface Disagreement {
	paragraph: number;
	id: string;
	fact: Fact;
	/** What the paragraph gives, as written. */
	given: string;
	/** What the collection has. */
	collection: string;
}

export interface ParagraphFacts {
	/** 1-based. */
	n: number;
	text: string;
	tokens: readonly Token[];
	mentions: readonly Mention[];
	dates: readonly GivenDate[];
	/** Tokens naming a country, with the country's id. */
	countries: ReadonlyMap<number, string>;
}

const PARTICIPANT_WORDS: Readonly<Record<string, readonly string[]>> = {
	en: ['countries', 'states', 'leaders', 'heads', 'delegations', 'participants', 'nations'],
	ar: ['دول', 'دولة', 'زعماء', 'زعيما', 'قادة', 'رؤساء', 'وفود', 'وفدا', 'بلدان', 'بلدا'],
	ru: ['стран', 'страны', 'государств', 'лидеров', 'глав', 'делегаций', 'участников'],
	fr: ['pays', 'États', 'dirigeants', 'chefs', 'délégations', 'participants'],
	tr: ['ülke', 'devlet', 'lider', 'heyet', 'katılımcı'],
};
const SUMMIT_NOUNS: Readonly<Record<string, readonly string[]>> = {
	en: ['summit'], ar: ['قمة'], ru: ['саммит'], fr: ['sommet'], tr: ['zirve'],
}; // prettier-ignore
// Before a title, these make it a past office: "former President", "бывший президент", «الرئيس السابق».
const FORMER = new Set(
	[
		'former',
		'ex',
		'late',
		'бывший',
		'бывшего',
		'бывшему',
		'экс',
		'ancien',
		'ancienne',
		'eski',
		'السابق',
		'السابقة',
	].map(foldWord),
);
const LINKS = new Set(['of', 'de', 'du', 'des', 'the', 'd']);
// A sentence that dates something relative to an event ("on the eve of the summit") gives no date of it.
const RELATIVE: Readonly<Record<string, readonly string[]>> = {
	en: ['eve', 'before', 'after', 'ahead', 'since', 'until'],
	ru: ['накануне', 'перед', 'после', 'до', 'спустя'],
	ar: ['عشية', 'قبل', 'بعد', 'منذ'],
	fr: ['veille', 'avant', 'après', 'depuis'],
	tr: ['önce', 'sonra', 'arifesinde'],
};
const BREAK = /[^\s‐‑-]/u;

const span = (event: { start: string; end: string }) =>
	event.start === event.end ? event.start : `${event.start} to ${event.end}`;

/** Every disagreement of a paragraph with the collection. */
export function disagreements(
	facts: ParagraphFacts,
	byId: ReadonlyMap<string, KnownEntity>,
	language: string,
): Disagreement[] {
	return [
		...dateDisagreements(facts, byId, language),
		...officeDisagreements(facts, byId, language),
		...countDisagreements(facts, byId, language),
	];
}

function dateDisagreements(
	facts: ParagraphFacts,
	byId: ReadonlyMap<string, KnownEntity>,
	language: string,
): Disagreement[] {
	const found: Disagreement[] = [];
	const dated = facts.mentions.filter((m) => byId.get(m.id)?.dates);
	const relative = [...(RELATIVE[baseLanguage(language)] ?? []), ...(RELATIVE['en'] ?? [])].map(
		(w) => new Set(wordKeys(w, language)),
	);
	// "a day after the summit", "накануне открытия саммита": the event is the reference, not what the date dates.
	const isReference = (m: Mention) =>
		facts.tokens
			.slice(Math.max(0, m.first - 3), m.first)
			.some(
				(t) =>
					t.sentence === facts.tokens[m.first]!.sentence && relative.some((r) => meet(wordKeys(t.text, language), r)),
			);
	for (const date of facts.dates) {
		const events = dated.filter((m) => facts.tokens[m.first]!.sentence === date.sentence && !isReference(m));
		// One dated event in the whole paragraph answers for a date in a sentence without one.
		const ids = new Set(dated.map((m) => m.id));
		const alone = dated.every((m) => facts.tokens[m.first]!.sentence !== date.sentence);
		const candidates = events.length > 0 ? events : ids.size === 1 && alone ? dated : [];
		if (candidates.length === 0) continue;
		const off = candidates.map((m) => ({ m, days: distance(date, byId.get(m.id)!.dates!) }));
		if (off.some((o) => o.days === 0)) continue;
		const near = off.filter((o) => o.days <= NEAR_DAYS);
		if (near.length === 0) continue;
		const nearest = near.sort((a, b) => gap(a.m, date) - gap(b.m, date))[0]!.m;
		found.push({
			paragraph: facts.n,
			id: nearest.id,
			fact: 'date',
			given: date.text,
			collection: span(byId.get(nearest.id)!.dates!),
		});
	}
	return dedupe(found);
}

function gap(mention: Mention, date: GivenDate): number {
	return mention.last < date.first ? date.first - mention.last : Math.abs(mention.first - date.last);
}

/** The title written before a person's name, and the country it names, if any. */
function titleBefore(
	facts: ParagraphFacts,
	first: number,
	language: string,
): { text: string; office: ReturnType<typeof officeOf>; country?: string } | undefined {
	const { tokens } = facts;
	let country: string | undefined;
	let k = first - 1;
	for (let steps = 0; k >= 0 && steps < 6; steps++) {
		if (BREAK.test(tokens[k]!.after)) return undefined;
		if (facts.countries.has(k)) {
			country ??= facts.countries.get(k);
			k--;
			continue;
		}
		if (LINKS.has(foldWord(tokens[k]!.text))) {
			k--;
			continue;
		}
		// The longest title that ends here: "Prime Minister", not "Minister".
		const start = [3, 2, 1, 0].map((d) => k - d).find((s) => s >= 0 && titleAt(tokens, s, language)?.last === k);
		if (start === undefined) return undefined;
		const title = titleAt(tokens, start, language)!;
		if (title.office === 'honorific' || title.office === 'counterpart') {
			if (title.office === 'counterpart') return undefined;
			k = start - 1;
			continue;
		}
		// "Kazakh President": the country may come before the title too.
		let from = start;
		if (start > 0 && facts.countries.has(start - 1) && !BREAK.test(tokens[start - 1]!.after)) {
			country ??= facts.countries.get(start - 1);
			from = start - 1;
		}
		const after = tokens[title.last + 1];
		if ((from > 0 && FORMER.has(foldWord(tokens[from - 1]!.text))) || (after && FORMER.has(foldWord(after.text))))
			return undefined;
		const text = facts.text.slice(tokens[from]!.start, tokens[first - 1]!.end);
		return { text, office: title.office, ...(country ? { country } : {}) };
	}
	return undefined;
}

function officeDisagreements(
	facts: ParagraphFacts,
	byId: ReadonlyMap<string, KnownEntity>,
	language: string,
): Disagreement[] {
	const found: Disagreement[] = [];
	for (const mention of facts.mentions) {
		const person = byId.get(mention.id);
		if (person?.collection !== 'people' || !person.office || mention.via !== 'name') continue;
		const title = titleBefore(facts, mention.first, language);
		if (!title?.office) continue;
		// The first language whose wording of the office names a known title.
		const office = Object.entries(person.office)
			.map(([lang, text]) => officeOf(text, lang))
			.find((found) => found !== undefined);
		const wrongOffice = office !== undefined && !officesAgree(title.office, office);
		const wrongCountry =
			title.country !== undefined && person.country !== undefined && title.country !== person.country;
		if (wrongOffice || wrongCountry)
			found.push({
				paragraph: facts.n,
				id: person.id,
				fact: 'office',
				given: title.text,
				collection: person.office.en ?? person.office.ar ?? '',
			});
	}
	return dedupe(found);
}

function countDisagreements(
	facts: ParagraphFacts,
	byId: ReadonlyMap<string, KnownEntity>,
	language: string,
): Disagreement[] {
	const lang = baseLanguage(language);
	const participantWords = (PARTICIPANT_WORDS[lang] ?? PARTICIPANT_WORDS['en']!).map(
		(w) => new Set(wordKeys(w, language)),
	);
	const summitNouns = (SUMMIT_NOUNS[lang] ?? SUMMIT_NOUNS['en']!).map((w) => new Set(wordKeys(w, language)));
	const { tokens } = facts;
	const found: Disagreement[] = [];
	const summits = facts.mentions.filter((m) => byId.get(m.id)?.collection === 'summits');
	for (const mention of summits) {
		const summit = byId.get(mention.id)!;
		const sentence = tokens[mention.first]!.sentence;
		for (let i = 0; i < tokens.length; i++) {
			if (tokens[i]!.sentence !== sentence) continue;
			const count = cardinalAt(tokens, i, language);
			// A count is a number with a word for participants within the next two words: "11 countries", "leaders of 11 states".
			const counted =
				count &&
				!facts.dates.some((d) => i >= d.first && i <= d.last) &&
				[1, 2].some(
					(d) =>
						tokens[count.last + d] &&
						participantWords.some((w) => meet(wordKeys(tokens[count.last + d]!.text, language), w)),
				);
			if (count && counted && summit.participants && count.value !== summit.participants.length && count.value < 200) {
				const end = [1, 2].find((d) =>
					participantWords.some((w) => meet(wordKeys(tokens[count.last + d]?.text ?? '', language), w)),
				)!;
				found.push({
					paragraph: facts.n,
					id: summit.id,
					fact: 'participants',
					given: facts.text.slice(tokens[i]!.start, tokens[count.last + end]!.end),
					collection: `${summit.participants.length} participants`,
				});
			}
		}
		const edition = editionNear(tokens, mention, summitNouns, language);
		if (edition && summit.edition !== undefined && edition.value !== summit.edition)
			found.push({
				paragraph: facts.n,
				id: summit.id,
				fact: 'edition',
				given: edition.text(facts.text),
				collection: `edition ${summit.edition}`,
			});
	}
	return dedupe(found);
}

/** An ordinal just before the summit's mention or its noun ("sixth summit"), or just after (Arabic «القمة السادسة»). */
function editionNear(
	tokens: readonly Token[],
	mention: Mention,
	summitNouns: readonly Set<string>[],
	language: string,
): { value: number; text: (paragraph: string) => string } | undefined {
	const sentence = tokens[mention.first]!.sentence;
	const nouns = tokens
		.map((t, i) => ({ t, i }))
		.filter(
			({ t, i }) =>
				t.sentence === sentence &&
				(summitNouns.some((w) => meet(wordKeys(t.text, language), w)) || i === mention.first),
		)
		.map(({ i }) => i);
	for (const noun of nouns) {
		for (const start of [noun - 1, noun - 2, noun + 1]) {
			if (start < 0 || start >= tokens.length || tokens[start]!.sentence !== sentence) continue;
			const ordinal = ordinalAt(tokens, start, language);
			if (
				ordinal &&
				(ordinal.last === noun - 1 || start === noun + 1 || (ordinal.last === noun - 2 && tokens[noun - 1]!.acronym))
			)
				return { value: ordinal.value, text: (p) => p.slice(tokens[start]!.start, tokens[ordinal.last]!.end) };
		}
	}
	return undefined;
}

function dedupe(found: Disagreement[]): Disagreement[] {
	const seen = new Set<string>();
	return found.filter((d) => {
		const key = `${d.id}|${d.fact}|${d.given}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
