/**
 * Search finds what the collection names: each entity by its name and short
 * name in its language's edition, by each of its spellings in every edition,
 * each person by the misspellings readers make of a surname, and every query
 * of the search suite (`briefings/search-suite.yaml`). Run in a real browser
 * against the built site's search page, as a reader types.
 */
import type { Page } from 'playwright-core';
import {
	misspeltCases,
	runQualityInEngine,
	suiteCases,
	type QualityCase,
	type QualityResult,
} from '../../../scripts/lib/search-quality.ts';
import { SEARCH_SUITE_FILE } from '../../../src/schemas/search-suite.ts';
import { LANGUAGE, LOCALES, namesOf, type GateContext } from './context.ts';

/** A browser page and the URL the built site is served at. */
export interface SearchRun {
	page: Page;
	siteUrl: string;
}

/** The queries that must find each entity: its names in their own edition, its spellings in every edition. */
export function nameCases(ctx: GateContext): QualityCase[] {
	const cases = new Map<string, QualityCase>();
	const add = (item: QualityCase) => cases.set(`${item.edition}\0${item.query}\0${item.expect}`, item);
	for (const entry of ctx.entries) {
		const expect = `${entry.collection}/${entry.id}`;
		const { name, shortName } = namesOf(entry);
		for (const edition of LOCALES) {
			add({ edition, query: name[edition], expect, kind: 'name' });
			if (shortName) add({ edition, query: shortName[edition], expect, kind: 'name' });
			for (const spelling of (entry.data['spellings'] ?? []) as string[])
				add({ edition, query: spelling, expect, kind: 'name' });
		}
	}
	return [...cases.values()];
}

/** The file of the entry a case expects. */
function fileOf(ctx: GateContext, expect: string): string {
	const [collection, id] = expect.split('/');
	return ctx.entries.find((e) => e.collection === collection && e.id === id)?.file ?? expect;
}

const shown = (result: QualityResult) => result.top.join(', ') || 'nothing';

/** Each entity is found by its names and spellings. */
export async function namesFoundGate(ctx: GateContext, run: SearchRun): Promise<string[]> {
	const results = await runQualityInEngine(run.page, run.siteUrl, nameCases(ctx));
	return results
		.filter((r) => r.rank === 0)
		.map(
			(r) =>
				`${fileOf(ctx, r.expect)}: searching the ${LANGUAGE[r.edition]} edition for ${JSON.stringify(r.query)} shows ${shown(r)}, not ${r.expect}, in the first three; expected its own page: check the name, or add what readers type to spellings or vocabulary`,
		);
}

/** Each person's surname, misspelt as readers do, still leads to their page (first three or "did you mean"). */
export async function misspeltNamesGate(ctx: GateContext, run: SearchRun): Promise<string[]> {
	const people = ctx.entries
		.filter((e) => e.collection === 'people')
		.map((e) => ({ id: e.id, ...namesOf(e).shortName! }));
	const results = await runQualityInEngine(run.page, run.siteUrl, misspeltCases(people));
	return results
		.filter((r) => r.rank === 0)
		.map(
			(r) =>
				`${fileOf(ctx, r.expect)}: «${r.query}», a misspelling of the surname, leads to ${shown(r)}, not ${r.expect}; expected the page or "did you mean" it: add the spelling readers use to spellings`,
		);
}

/** Every query of the search suite finds its page. */
export async function searchSuiteGate(ctx: GateContext, run: SearchRun): Promise<string[]> {
	const results = await runQualityInEngine(run.page, run.siteUrl, await suiteCases(ctx.briefings));
	return results.filter((r) => r.rank === 0).map((r) => suiteMiss(ctx, r));
}

/** A query of the suite that missed, and the two ways to settle it. */
export function suiteMiss(ctx: GateContext, r: QualityCase & { top: string[] }): string {
	return `${ctx.briefings}/${SEARCH_SUITE_FILE}: the ${LANGUAGE[r.edition]} query «${r.query}» (${r.kind}) finds ${r.top.join(', ') || 'nothing'}, not ${r.expect}, in the first three; expected ${r.expect}: add the word to its vocabulary or spellings in ${fileOf(ctx, r.expect)}, or change the query`;
}
