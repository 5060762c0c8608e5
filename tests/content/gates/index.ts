/**
 * The content gates: what any collection must satisfy once built, stated for
 * all of it and never for a named entry. `npm run test:content` runs them on
 * the real briefings; the code tests run them on the site fixture, and the
 * editorial-change test on a copy of the briefings after an analyst's edits.
 */
import { citationsLandGate, sameCitationsGate } from './citations.ts';
import type { GateContext } from './context.ts';
import { mentionsGate } from './mentions.ts';
import { pagesGate } from './pages.ts';
import { participantsGate } from './participants.ts';
import { portableSearchGate } from './portable-search.ts';
import { misspeltNamesGate, namesFoundGate, searchSuiteGate, type SearchRun } from './search.ts';

export { gateContext, type GateContext } from './context.ts';
export type { SearchRun } from './search.ts';

/** Gates that read the built pages, each with what it proves. */
export const PAGE_GATES: Record<string, (ctx: GateContext) => string[] | Promise<string[]>> = {
	'every entry has its page in each language, titled with its name': pagesGate,
	'everyone an event names has a page, linked from the event': participantsGate,
	'every citation lands on a paragraph of its source, in the page’s language': citationsLandGate,
	'both languages of a page cite the same paragraphs': sameCitationsGate,
	'every mention of an entity in a briefing is a link to it': mentionsGate,
	'the portable edition’s search finds every suite query and every name': portableSearchGate,
};

/** Gates that search the built site in a browser. */
export const SEARCH_GATES: Record<string, (ctx: GateContext, run: SearchRun) => Promise<string[]>> = {
	'search finds each entity by its names and spellings, in both editions': namesFoundGate,
	'a misspelt surname still leads to its person': misspeltNamesGate,
	'every query of the search suite finds its page': searchSuiteGate,
};

/** Every gate's problems, one line each. */
export async function runGates(ctx: GateContext, run: SearchRun): Promise<string[]> {
	const problems: string[] = [];
	for (const gate of Object.values(PAGE_GATES)) problems.push(...(await gate(ctx)));
	for (const gate of Object.values(SEARCH_GATES)) problems.push(...(await gate(ctx, run)));
	return problems;
}
