/** "Did you mean": links to the entities whose names are closest to a query that found little. */
import { suggest } from '../../lib/fuzzy.ts';
import { nameIndex } from './engine.ts';
import type { Strings } from './render.ts';

/** Fills `target` with suggestions for `query`, or empties it when there are none. */
export async function showSuggestions(target: HTMLElement, query: string, strings: Strings): Promise<void> {
	const entities = await nameIndex();
	const lang = document.documentElement.lang;
	const ids = suggest(query, entities);
	target.replaceChildren();
	if (ids.length === 0) return;
	target.append(`${strings['didYouMean'] ?? ''} `);
	ids.forEach((id, i) => {
		const entity = entities.find((e) => e.id === id)!;
		const link = document.createElement('a');
		link.href = entity.url[lang] ?? '';
		link.textContent = entity.name[lang] ?? id;
		if (i > 0) target.append(strings['or'] ?? ', ');
		target.append(link);
	});
}
