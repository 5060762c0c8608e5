/**
 * The portable edition's search (a fallback index, for pages opened from
 * disk) finds what the main search finds: every query of the search suite,
 * and each entity by its names and spellings.
 */
import { buildFallbackIndex } from '../../../scripts/portable/fallback-index.ts';
import { searchFallback } from '../../../src/lib/fallback-search.ts';
import { LANGUAGE, type GateContext } from './context.ts';
import { nameCases, suiteMiss } from './search.ts';
import { suiteCases, type QualityCase } from '../../../scripts/lib/search-quality.ts';

/** The first three results of the portable search, as `collection/id`. */
async function portableTop(ctx: GateContext) {
	const index = await buildFallbackIndex(ctx.briefings);
	return (item: QualityCase) =>
		searchFallback(index, item.query, item.edition)
			.slice(0, 3)
			.map((hit) => `${hit.entry.k}/${hit.entry.i}`);
}

export async function portableSearchGate(ctx: GateContext): Promise<string[]> {
	const top = await portableTop(ctx);
	const problems: string[] = [];
	for (const item of await suiteCases(ctx.briefings)) {
		const found = top(item);
		if (!found.includes(item.expect)) problems.push(`${suiteMiss(ctx, { ...item, top: found })} (portable edition)`);
	}
	for (const item of nameCases(ctx)) {
		const found = top(item);
		if (!found.includes(item.expect))
			problems.push(
				`${ctx.entries.find((e) => `${e.collection}/${e.id}` === item.expect)?.file}: the portable edition's ${LANGUAGE[item.edition]} search for ${JSON.stringify(item.query)} finds ${found.join(', ') || 'nothing'}, not ${item.expect}; expected its own page: check the name, or add what readers type to spellings`,
			);
	}
	return problems;
}
