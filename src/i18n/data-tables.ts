/**
 * What each data download holds, in each language (one file per language in
 * `data-tables/`): a table's rows (`people`)
 * and each of its columns (`people.office`; `any.…` for the columns every table
 * of entries shares). The data page documents the files with it; the files'
 * headers stay the same in every language, so scripts can rely on them.
 */
import type { Locale } from '../lib/language-table.ts';
import { ar } from './data-tables/ar.ts';
import { en, type TableTextKey } from './data-tables/en.ts';
import { fr } from './data-tables/fr.ts';

export type { TableTextKey } from './data-tables/en.ts';

/** Every language of the locale table describes every column: one missing fails type-checking. */
const TEXT: Record<Locale, Record<TableTextKey, string>> = { en, ar, fr };

/** What a table's rows or a column hold, in a language. */
export function tableText(locale: Locale, key: TableTextKey): string {
	return TEXT[locale][key];
}
