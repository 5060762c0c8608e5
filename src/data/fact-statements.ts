/**
 * The statements an entry's structured data makes, each with its citations:
 * its summary (with the citations behind its key facts), the participants of
 * a summit, outcomes, milestones and the values of disputed facts. The source
 * review page lists them beside the statements of the bodies.
 */
import type { CollectionEntry } from 'astro:content';
import type { ResolvedCitation } from '../lib/body/analyse.ts';
import { t, type TextKey } from '../i18n/ui.ts';
import type { Locale } from '../lib/language-table.ts';
import type { CollectionName, EntityRef } from '../schemas/index.ts';

/** A citation as structured data writes it: a paragraph of the primary source, or `{ source, p }`. */
export type DataCitation = number | { source: EntityRef<'sources'>; p: number[] };

/** Resolves data citations against the entry's primary source: one citation per source, its paragraphs in order. */
export function resolveDataCitations(cites: readonly DataCitation[], primary: string | undefined): ResolvedCitation[] {
	const bySource = new Map<string, number[]>();
	for (const c of cites) {
		const [source, paragraphs] = typeof c === 'number' ? [primary, [c]] : [c.source.id, c.p];
		if (source === undefined) continue;
		bySource.set(source, [...(bySource.get(source) ?? []), ...paragraphs]);
	}
	return [...bySource].map(([source, p]) => ({ source, p: [...new Set(p)].sort((a, b) => a - b) }));
}

export interface FactStatement {
	where: string;
	text: string;
	citations: ResolvedCitation[];
}

/** How the key facts name each field that can carry citations of its own (`factCites`). */
export const FACT_LABELS: Record<string, TextKey> = {
	office: 'office',
	country: 'country',
	organisation: 'organisation',
	city: 'place',
	date: 'date',
	startDate: 'date',
	endDate: 'date',
	format: 'format',
	edition: 'edition',
	organiser: 'organiser',
	sides: 'sides',
	summit: 'heldAlongside',
};

interface Facts {
	source?: EntityRef<'sources'>;
	cites?: DataCitation[];
	factCites?: Record<string, DataCitation[]>;
	summary?: Record<Locale, string>;
	participants?: { person: EntityRef; role: string; representedBy?: EntityRef; cites: DataCitation[] }[];
	outcomes?: { text: Record<Locale, string>; cites: DataCitation[] }[];
	milestones?: { text: Record<Locale, string>; cites: DataCitation[] }[];
	disputes?: { about: Record<Locale, string>; variants: { value: Record<Locale, string>; cites: DataCitation[] }[] }[];
}

export function factStatements(
	entry: CollectionEntry<CollectionName>,
	locale: Locale,
	nameOf: (id: string) => string,
): FactStatement[] {
	if (entry.collection === 'sources') return [];
	const data = entry.data as Facts;
	const primary = data.source?.id;
	const resolve = (cites: DataCitation[] | undefined) => resolveDataCitations(cites ?? [], primary);
	const facts: FactStatement[] = [];
	if (data.summary)
		facts.push({ where: t(locale, 'keyFacts'), text: data.summary[locale], citations: resolve(data.cites) });
	for (const p of data.participants ?? []) {
		const role = t(locale, `role.${p.role}` as 'role.host');
		const other = p.representedBy ? ` ${nameOf(p.representedBy.id)}` : '';
		facts.push({
			where: t(locale, 'participants'),
			text: `${nameOf(p.person.id)}${t(locale, 'colon')}${role}${other}`,
			citations: resolve(p.cites),
		});
	}
	for (const o of data.outcomes ?? [])
		facts.push({ where: t(locale, 'outcomes'), text: o.text[locale], citations: resolve(o.cites) });
	for (const [field, cites] of Object.entries(data.factCites ?? {})) {
		const value = (entry.data as Record<string, unknown>)[field];
		facts.push({
			where: t(locale, FACT_LABELS[field] ?? 'keyFacts'),
			text: factText(value, locale, nameOf),
			citations: resolve(cites),
		});
	}
	for (const m of data.milestones ?? [])
		facts.push({ where: t(locale, 'milestones'), text: m.text[locale], citations: resolve(m.cites) });
	for (const d of data.disputes ?? []) {
		for (const v of d.variants)
			facts.push({
				where: t(locale, 'sourcesDiffer'),
				text: `${d.about[locale]}${t(locale, 'colon')}${v.value[locale]}`,
				citations: resolve(v.cites),
			});
	}
	return facts;
}

/** A fact's value as a statement says it: text in the language, the names of the entities it refers to. */
function factText(value: unknown, locale: Locale, nameOf: (id: string) => string): string {
	if (Array.isArray(value)) return value.map((v) => factText(v, locale, nameOf)).join(t(locale, 'comma'));
	if (value !== null && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record['id'] === 'string') return nameOf(record['id']);
		if (typeof record[locale] === 'string') return record[locale] as string;
	}
	return String(value);
}
