/** Citations written in structured data: every `cites` list, at any depth. */

export interface CitesAt {
	/** Where the list is, such as `['participants', 2, 'cites']`. */
	path: PropertyKey[];
	paragraphs: number[];
}

export function findCites(value: unknown, path: PropertyKey[] = []): CitesAt[] {
	if (Array.isArray(value)) return value.flatMap((item, index) => findCites(item, [...path, index]));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) =>
		key === 'cites' && Array.isArray(child)
			? [{ path: [...path, key], paragraphs: child as number[] }]
			: findCites(child, [...path, key]),
	);
}
