/**
 * "Did you mean": Pagefind has no typo tolerance, so when a query finds
 * little, it is matched against every entity's names and spellings.
 */
import { foldName } from './search-normalize.ts';

/** An entity as the suggester knows it. */
export interface NamedEntity {
	id: string;
	/** Every name and spelling, already folded with `foldName`. */
	forms: string[];
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) =>
		Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, d[i - 2]![j - 2]! + 1);
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * How many edits a query may be from a name: about one in four letters, none
 * in three letters, except in Arabic, which writes no short vowels: a name
 * written without one of its long vowels («عبس» for «عباس») is often that short.
 */
function tolerance(query: string): number {
	const length = query.length;
	if (length <= 3) return /\p{Script=Arabic}/u.test(query) ? 1 : 0;
	return length <= 5 ? 1 : Math.min(3, Math.floor(length / 4));
}

/**
 * Entities whose name or any word of it is within a few edits of the query,
 * closest first. A query word may match any word of a multi-word name. Of
 * entities as close, those whose matching name has fewer words come first:
 * the person "Talluve Okoro" before the meeting "Talluve Okoro meets Abas".
 */
export function suggest(query: string, entities: readonly NamedEntity[], limit = 3): string[] {
	const folded = foldName(query);
	if (folded.length < 3) return [];
	// A query that is already some entity's name, or a word of one, needs no suggestion: search finds it.
	if (entities.some((e) => e.forms.some((form) => form === folded || form.split(' ').includes(folded)))) return [];
	const scored: { id: string; distance: number; words: number }[] = [];
	for (const entity of entities) {
		let best = { distance: Infinity, words: Infinity };
		for (const form of entity.forms) {
			const words = form.split(' ');
			for (const candidate of [form, ...words]) {
				if (Math.abs(candidate.length - folded.length) > 3) continue;
				const distance = editDistance(folded, candidate);
				if (distance < best.distance || (distance === best.distance && words.length < best.words))
					best = { distance, words: words.length };
			}
		}
		if (best.distance > 0 && best.distance <= tolerance(folded)) scored.push({ id: entity.id, ...best });
	}
	return scored
		.sort((a, b) => a.distance - b.distance || a.words - b.words || a.id.localeCompare(b.id))
		.slice(0, limit)
		.map((s) => s.id);
}
