/** "Did you mean": links to the entities whose names are closest to a query that found little. */
import type { Strings } from './render.ts';

/** Fills `target` with links to the suggested entities, or empties it when there are none. */
export function showSuggestions(
	target: HTMLElement,
	suggestions: { name: string; url: string }[],
	strings: Strings,
): void {
	target.replaceChildren();
	if (suggestions.length === 0) return;
	target.append(`${strings['didYouMean'] ?? ''} `);
	suggestions.forEach(({ name, url }, i) => {
		const link = document.createElement('a');
		link.href = url;
		link.textContent = name;
		if (i > 0) target.append(strings['or'] ?? ', ');
		target.append(link);
	});
}
