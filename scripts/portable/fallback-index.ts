/**
 * The portable edition's search index: every entity's names and spellings
 * (folded), kind, date, summary and headings, written as a plain script so a
 * page opened from disk can load it with a <script> tag.
 */
import { checkContent } from '../../src/checker/check.ts';
import { analyseBlock } from '../../src/lib/body/analyse.ts';
import { primarySource } from '../../src/checker/cross-check.ts';
import { packFallbackIndex, type FallbackEntry } from '../../src/lib/fallback-search.ts';
import { allNames, vocabularyOf } from '../../src/lib/names.ts';
import { summaryOf } from '../../src/lib/summary.ts';
import { foldName, nameFolds } from '../../src/lib/search-normalize.ts';
import { arabicTerms } from '../../src/lib/arabic-stem.ts';
import { SCRIPT, type Locale } from '../../src/lib/language-table.ts';
import { eachLocale, LOCALES } from '../../src/lib/locales.ts';

type Localized = Record<Locale, string>;

export async function buildFallbackIndex(briefings: string): Promise<FallbackEntry[]> {
	const { entries, problems } = await checkContent(briefings);
	if (problems.length > 0) throw new Error(`the content has ${problems.length} problems; run npm run check:content`);
	return entries.map((entry) => {
		const data = entry.data as {
			name?: Localized;
			title?: Localized;
			date?: string;
			startDate?: string;
		};
		const names = allNames(entry.data);
		const item: FallbackEntry = {
			i: entry.id,
			k: entry.collection,
			n: (data.name ?? data.title)!,
			s: summaryOf(data)!,
			f: [...new Set([...names, ...LOCALES.flatMap((l) => data.title?.[l] ?? [])].flatMap(nameFolds))],
		};
		const words = vocabularyOf(entry.data).map(foldName);
		if (words.length > 0) item.w = words;
		const date = data.startDate ?? data.date;
		if (date) item.d = date;
		if (entry.parsed) {
			const primary = primarySource(entry.data);
			const blocks = entry.parsed.blocks;
			const analyses = eachLocale((locale) => analyseBlock(blocks[locale], primary));
			item.h = eachLocale((locale) => analyses[locale].headings.map((h) => h.text));
			// Arabic-script bodies as light stems, so a word written with a prefix in the text is found bare.
			// (Other bodies stay out: the index would outgrow what a page opened from disk should load.)
			const arabic = LOCALES.filter((locale) => SCRIPT[locale] === 'Arabic');
			item.b = arabicTerms(arabic.flatMap((l) => analyses[l].statements.map((st) => st.text)).join(' '));
		}
		return item;
	});
}

/** The index, packed, as a script that hands it to the page. */
export function fallbackIndexScript(entries: FallbackEntry[]): string {
	return `window.BRIEFINGS_SEARCH_INDEX=${JSON.stringify(packFallbackIndex(entries))};\n`;
}
