/**
 * Rules that span fields or entries, run once every entry has been read:
 * links and citations in bodies and data, the paragraphs they cite, dates
 * that must agree, provenance that must name real facts, disputes, and the
 * statement, spelling and map rules of `statements.ts`, `orthography.ts` and
 * `geography.ts`.
 */
import { analyseBlock } from '../lib/body/analyse.ts';
import type { Locale } from '../lib/language-table.ts';
import { eachLocale, LOCALES } from '../lib/locales.ts';
import type { EntityRef } from '../schemas/index.ts';
import type { CheckedEntry } from './checked-entry.ts';
import { checkGeography } from './geography.ts';
import { checkPeopleNamed } from './people-named.ts';
import { checkSearchWords } from './search-words.ts';
import { checkLinkJoins } from './orthography.ts';
import { didYouMean, formatPath, showValue, type Problem } from './problem.ts';
import { checkStatements } from './statements.ts';

type Data = Record<string, unknown>;
type Report = (path: PropertyKey[], message: string, line?: number) => void;

/** Every list of citations in structured data (`cites`, and each of `factCites`), at any depth, with where it is. */
export function findCites(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; cites: unknown[] }[] {
	if (Array.isArray(value)) return value.flatMap((item, index) => findCites(item, [...path, index]));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => {
		if (key === 'cites' && Array.isArray(child)) return [{ path: [...path, key], cites: child }];
		if (key === 'factCites' && child !== null && typeof child === 'object')
			return Object.entries(child).flatMap(([field, cites]) =>
				Array.isArray(cites) ? [{ path: [...path, key, field], cites }] : [],
			);
		return findCites(child, [...path, key]);
	});
}

/** The primary source id of an entry, parsed or as written. */
export function primarySource(data: Data): string | undefined {
	const source = data['source'];
	if (typeof source === 'string') return source;
	return (source as EntityRef | undefined)?.id;
}

/** Fields that carry provenance themselves and cannot be marked inferred or background. */
const NOT_FACTS = new Set([
	'cites',
	'factCites',
	'source',
	'inferred',
	'background',
	'disputes',
	'updated',
	'summary',
	'vocabulary',
	'spellings',
]);

export function crossCheck(
	entries: CheckedEntry[],
	unparsed: CheckedEntry[],
	idFiles: Map<string, string>,
	sourceIds: Set<string>,
): Problem[] {
	const problems: Problem[] = [];
	const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e]));
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const paragraphCount = (id: string) => (sources.get(id)?.data['paragraphs'] as unknown[] | undefined)?.length;

	/** Why citing ¶p of a source is wrong, or undefined when it is fine. */
	const citationProblem = (source: string | undefined, p: number): string | undefined => {
		if (source === undefined)
			return 'has no source to cite: name one with source: in the frontmatter, or write { source: id, p: … }';
		const count = paragraphCount(source);
		if (count === undefined) {
			return sourceIds.has(source) ? undefined : `cites the unknown source "${source}"${didYouMean(source, sourceIds)}`;
		}
		return p >= 1 && p <= count
			? undefined
			: `cites ¶${p}, which does not exist; expected a paragraph of ${source} (1–${count})`;
	};

	problems.push(
		...checkDistinctNames(entries),
		...checkGeography(entries),
		...checkSearchWords(entries),
		...checkPeopleNamed(entries),
	);

	for (const entry of [...entries, ...unparsed]) {
		const parsedOk = !unparsed.includes(entry);
		const report: Report = (path, message, line = entry.lineOf(path)) =>
			problems.push({ file: entry.file, line, field: formatPath(path) || 'body', message });
		const primary = primarySource(entry.data);

		if (parsedOk) {
			for (const { path, cites } of findCites(entry.data)) {
				cites.forEach((cite, index) => {
					const [source, paragraphs] =
						typeof cite === 'number'
							? [primary, [cite]]
							: [(cite as { source: EntityRef }).source.id, (cite as { p: number[] }).p];
					for (const p of paragraphs) {
						const problem = citationProblem(source, p);
						if (problem) report([...path, index], problem);
					}
				});
			}
			checkProvenanceKeys(entry.data, report);
			checkDisputes(entry.data, report);
			if (entry.collection === 'summits') checkSummit(entry.data, report);
			if (entry.collection === 'meetings') checkMeeting(entry.data, byId, report);
		}

		const body = entry.parsed;
		if (!body) continue;
		const analyses = eachLocale((locale) => analyseBlock(body.blocks[locale], primary));
		for (const locale of LOCALES) {
			const analysis = analyses[locale];
			for (const link of analysis.links) {
				if (!idFiles.has(link.to)) {
					report(
						[],
						`<Link to=${showValue(link.to)}> points to no entity${didYouMean(link.to, idFiles.keys()) || '; expected the id of a person, summit, meeting, country, city, organisation, topic or source'}`,
						link.line,
					);
				}
			}
			for (const citation of analysis.citations) {
				const source = citation.raw.src ?? primary;
				const written = citation.raw.src
					? `<Cite src="${citation.raw.src}" p="${citation.raw.raw}">`
					: `<Cite p="${citation.raw.raw}">`;
				if (source === undefined) {
					report(
						[],
						`${written} has no source to cite; expected src="source-id", or source: in the frontmatter`,
						citation.line,
					);
					continue;
				}
				for (const p of citation.p) {
					const problem = citationProblem(source, p);
					if (problem) report([], `${written} ${problem.replace(/^cites /, 'cites ')}`, citation.line);
				}
			}
		}
		for (const problem of [...checkStatements(analyses, primary), ...checkLinkJoins(body)])
			report([], problem.message, problem.line);
	}
	return problems;
}

/**
 * Two entries of a collection may not share a name in either language: lists,
 * search results and landmarks would show two things a reader cannot tell apart.
 */
function checkDistinctNames(entries: CheckedEntry[]): Problem[] {
	const problems: Problem[] = [];
	const first = new Map<string, CheckedEntry>();
	for (const entry of entries) {
		const name = (entry.data['name'] ?? entry.data['title']) as Record<string, string> | undefined;
		for (const locale of LOCALES) {
			const text = name?.[locale];
			if (!text) continue;
			const key = `${entry.collection}\0${locale}\0${text.toLowerCase()}`;
			const earlier = first.get(key);
			if (!earlier) {
				first.set(key, entry);
				continue;
			}
			const field = entry.data['name'] ? 'name' : 'title';
			problems.push({
				file: entry.file,
				line: entry.lineOf([field, locale]),
				field: `${field}.${locale}`,
				message: `${showValue(text)} is also the name of ${earlier.id} (${earlier.file}); expected names that tell entries apart (add a date, a place or a role)`,
			});
		}
	}
	return problems;
}

/** `inferred:`, `background:` and `factCites:` may only name facts the entry has. */
function checkProvenanceKeys(data: Data, report: Report) {
	for (const kind of ['inferred', 'background', 'factCites'] as const) {
		const map = data[kind] as Record<string, unknown> | undefined;
		for (const key of Object.keys(map ?? {})) {
			if (NOT_FACTS.has(key)) {
				report(
					[kind, key],
					`${key} cannot be ${kind === 'factCites' ? 'cited here' : `marked ${kind}`}; expected a fact field of this entry (its ${key} has provenance of its own)`,
				);
			} else if (!(key in data)) {
				const fields = Object.keys(data).filter((k) => !NOT_FACTS.has(k));
				report(
					[kind, key],
					`names the field "${key}", which this entry does not have${didYouMean(key, fields) || `; expected one of: ${fields.join(', ')}`}`,
				);
			}
		}
		for (const key of Object.keys(map ?? {})) {
			if (kind === 'background' && (data['inferred'] as Record<string, unknown> | undefined)?.[key]) {
				report([kind, key], `"${key}" is marked both inferred and background; expected one or the other`);
			}
		}
	}
}

/** A dispute names a fact of the entry and gives at least two different values. */
function checkDisputes(data: Data, report: Report) {
	const disputes = (data['disputes'] ?? []) as { fact: string; variants: { value: Record<Locale, string> }[] }[];
	const participants = ((data['participants'] ?? []) as { person: EntityRef }[]).map((p) => p.person.id);
	disputes.forEach((dispute, index) => {
		const [field, person] = dispute.fact.split('.');
		const known =
			field === 'participants'
				? person !== undefined && participants.includes(person)
				: dispute.fact in data && !NOT_FACTS.has(dispute.fact);
		if (!known) {
			report(
				['disputes', index, 'fact'],
				`${showValue(dispute.fact)} is not a fact of this entry; expected a field it has (date, city …) or participants.<person id>`,
			);
		}
		// Values are told apart in the first language; the others say the same.
		const values = dispute.variants.map((v) => v.value[LOCALES[0]]);
		if (new Set(values).size !== values.length) {
			report(
				['disputes', index, 'variants'],
				'lists the same value twice; expected the different values the sources give',
			);
		}
	});
}

function checkSummit(data: Data, report: Report) {
	const start = data['startDate'] as string;
	const end = data['endDate'] as string | undefined;
	if (end !== undefined && end < start) {
		report(['endDate'], `${showValue(end)} is before startDate ${showValue(start)}; expected the same day or later`);
	}
	const seen = new Set<string>();
	(data['participants'] as { person: EntityRef; representedBy?: EntityRef }[]).forEach((p, index) => {
		if (seen.has(p.person.id))
			report(
				['participants', index, 'person'],
				`${showValue(p.person.id)} is listed twice; expected each participant once`,
			);
		seen.add(p.person.id);
		if (p.representedBy?.id === p.person.id) {
			report(
				['participants', index, 'representedBy'],
				`${showValue(p.person.id)} cannot represent themselves; expected another person`,
			);
		}
	});
}

function checkMeeting(data: Data, byId: Map<string, CheckedEntry>, report: Report) {
	const [a, b] = data['sides'] as [EntityRef, EntityRef];
	if (a.id === b.id) report(['sides', 1], `${showValue(b.id)} is on both sides; expected two different people`);
	const date = data['date'] as string;
	const summit = byId.get((data['summit'] as EntityRef | undefined)?.id ?? '');
	if (summit) {
		const start = summit.data['startDate'] as string;
		const end = summit.data['endDate'] as string | undefined;
		if (date < start || (end !== undefined && date > end)) {
			const range = end === undefined ? `from ${start}` : start === end ? start : `${start} to ${end}`;
			report(
				['date'],
				`${showValue(date)} is outside the summit ${summit.id} (${range}); expected a date within the summit it is attached to`,
			);
		}
	}
}
