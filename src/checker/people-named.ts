/**
 * A key fact cites the paragraph that states it: the paragraphs cited for a
 * person's office and country (`factCites.office`, `factCites.country`, or
 * else `cites`) must each name the person, by name, short name or a listed
 * spelling, in any form the mention finder knows (an Arabic name with a
 * preposition attached, a Russian name inflected). A fact marked as inferred
 * or as background is not held to its citations.
 */
import { mentionFinder } from '../lib/mentions.ts';
import type { Locale } from '../lib/language-table.ts';
import { LOCALES } from '../lib/locales.ts';
import { allNames } from '../lib/names.ts';
import type { EntityRef } from '../schemas/index.ts';
import type { CheckedEntry } from './checked-entry.ts';
import { formatPath, type Problem } from './problem.ts';

type Citation = number | { source: EntityRef; p: number[] };
type Paragraph = { original: string } & Record<Locale, string>;

/** The facts of a person that a paragraph naming someone else cannot state. */
const PERSONAL_FACTS = ['office', 'country'] as const;

export function checkPeopleNamed(entries: readonly CheckedEntry[]): Problem[] {
	const people = entries.filter((e) => e.collection === 'people');
	if (people.length === 0) return [];
	const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e]));
	const find = mentionFinder(people.map((p) => ({ id: p.id, names: allNames(p.data) })));
	/** Who a paragraph names, in its original or in any translation: worked out once per paragraph. */
	const named = new Map<string, Set<string> | undefined>();
	const namedIn = (source: string, p: number): Set<string> | undefined => {
		const key = `${source}#${p}`;
		if (!named.has(key)) {
			const paragraph = (sources.get(source)?.data['paragraphs'] as Paragraph[] | undefined)?.[p - 1];
			named.set(
				key,
				paragraph &&
					new Set(
						[paragraph.original, ...LOCALES.map((l) => paragraph[l])].flatMap((text) => find(text).map((m) => m.id)),
					),
			);
		}
		return named.get(key);
	};
	const problems: Problem[] = [];
	for (const person of people) {
		const data = person.data as {
			source?: EntityRef;
			cites: Citation[];
			factCites?: Record<string, Citation[]>;
			inferred?: Record<string, unknown>;
			background?: Record<string, unknown>;
		};
		const reported = new Set<string>();
		for (const fact of PERSONAL_FACTS) {
			// A fact marked as inferred or background says where it comes from instead.
			if (!(fact in person.data) || data.inferred?.[fact] || data.background?.[fact]) continue;
			const path = data.factCites?.[fact] ? ['factCites', fact] : ['cites'];
			for (const cite of data.factCites?.[fact] ?? data.cites) {
				const [source, paragraphs] = typeof cite === 'number' ? [data.source?.id, [cite]] : [cite.source.id, cite.p];
				if (source === undefined) continue; // reported by the citation rules
				for (const p of paragraphs) {
					const who = namedIn(source, p);
					const key = `${formatPath(path)}:${source}#${p}`;
					if (!who || who.has(person.id) || reported.has(key)) continue;
					reported.add(key);
					const where = source === data.source?.id ? `¶${p}` : `¶${p} of ${source}`;
					problems.push({
						file: person.file,
						line: person.lineOf(path),
						field: formatPath(path),
						message: `${where} does not name ${person.id}; expected a paragraph that names the person, for the ${path[0] === 'cites' ? 'office and country' : fact} it cites`,
					});
				}
			}
		}
	}
	return problems;
}
