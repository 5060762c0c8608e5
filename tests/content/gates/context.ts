/**
 * What every content gate is given: the content folder, its checked entries,
 * and the site built from it. Gates read the built pages as a reader's browser
 * would get them, and say what is wrong in one line naming the file to change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { checkContent } from '../../../src/checker/check.ts';
import type { CheckedEntry } from '../../../src/checker/checked-entry.ts';
import { languageName, type Locale } from '../../../src/lib/language-table.ts';
import { eachLocale, LOCALES } from '../../../src/lib/locales.ts';

export interface GateContext {
	/** The content folder (`briefings/`, or a copy). */
	briefings: string;
	/** Every entry of the collection, as the checker read it. */
	entries: CheckedEntry[];
	/** The folder of the site built from it, at the root path. */
	site: string;
}

/** Reads a content folder for the gates; a collection the checker refuses cannot be gated. */
export async function gateContext(briefings: string, site: string): Promise<GateContext> {
	const { entries, problems } = await checkContent(briefings);
	if (problems.length > 0) throw new Error(`${briefings} has ${problems.length} problems; run npm run check:content`);
	return { briefings, entries, site };
}

/** The language of a locale, as a message names it. */
export const LANGUAGE = eachLocale((locale) => languageName(locale));

export { LOCALES, type Locale };

/** The path of an entry's page in a language: `en/people/x/`. */
export function pagePath(entry: { collection: string; id: string }, locale: Locale): string {
	return `${locale}/${entry.collection}/${entry.id}/`;
}

const documents = new Map<string, Document | undefined>();

/** A built page, parsed once per run, or undefined when the site has no such page. */
export function builtPage(ctx: GateContext, path: string): Document | undefined {
	const file = join(ctx.site, path, 'index.html');
	if (!documents.has(file))
		documents.set(file, existsSync(file) ? parseHTML(readFileSync(file, 'utf8')).document : undefined);
	return documents.get(file);
}

/** The content file a page is built from (an entity's page), or the page itself when none is. */
export function fileOfPage(ctx: GateContext, path: string): string {
	const [, collection, id] = path.split('/');
	return ctx.entries.find((e) => e.collection === collection && e.id === id)?.file ?? `the page ${path}`;
}

/** Briefings: the entries with a body. */
export function briefings(ctx: GateContext): CheckedEntry[] {
	return ctx.entries.filter((e) => e.parsed !== undefined);
}

/** An entry's names as written: `{ name, shortName }` in each language. */
export function namesOf(entry: CheckedEntry): { name: Record<Locale, string>; shortName?: Record<Locale, string> } {
	const data = entry.data as {
		name?: Record<Locale, string>;
		title?: Record<Locale, string>;
		shortName?: Record<Locale, string>;
	};
	return { name: (data.name ?? data.title)!, ...(data.shortName ? { shortName: data.shortName } : {}) };
}
