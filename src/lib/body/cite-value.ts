/** How `<Cite p="…">` writes paragraphs: `2`, or `2,3` (spaces allowed after commas). */
const CITE_VALUE = /^\s*\d+(\s*,\s*\d+)*\s*$/;

/** Parses a `<Cite p="…">` value such as `2` or `2, 3` into paragraph numbers (none if malformed). */
export function parseCiteValue(raw: string): number[] {
	return CITE_VALUE.test(raw) ? raw.split(',').map((part) => Number(part.trim())) : [];
}
