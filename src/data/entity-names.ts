/** The names an entity is shown under, in each language. */
import type { LocalizedText } from '../schemas/index.ts';
import type { Locale } from '../lib/language-table.ts';

/** Any entry of the collection: its id, and data that may hold a name, a title or a short name. */
type Named = { id: string; data: object };

/** The display name of any entity in a language. */
export function entityName(entry: Named, locale: Locale): string {
	const data = entry.data as { name?: LocalizedText; title?: LocalizedText };
	return (data.name ?? data.title)?.[locale] ?? entry.id;
}

/** The short name of an entity, where it has one; otherwise its name. */
export function entityShortName(entry: Named, locale: Locale): string {
	const data = entry.data as { shortName?: LocalizedText };
	return data.shortName?.[locale] ?? entityName(entry, locale);
}
