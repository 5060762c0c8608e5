/**
 * The printed page, as CSS paged media: the page box and its margins, and
 * what the margins carry on every page (the handling mark at top and bottom,
 * "page X of Y", and a pack's running heads). Browsers print with it, and
 * the PDF packs are printed with it, so both come out the same.
 */

export interface PrintedPage {
	direction: 'ltr' | 'rtl';
	/** "Page {page} of {pages}", in the page's language. */
	pageOf: string;
	/** The handling mark, at the top and bottom of every page; none when absent. */
	mark?: string | undefined;
	/** A document's running heads, its title and date, printed under the mark. */
	heads?: { title: string; date: string } | undefined;
}

/** Text as a CSS string: quoted, with quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
	return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * The arguments of the "page X of Y" message, left as placeholders that
 * `printCss` turns into the page counters only the printer knows.
 */
export const PAGE_COUNTERS = { page: '{page}', pages: '{pages}' } as const;

/** `Page {page} of {pages}` as CSS content, the numbers as page counters. */
function pageCounter(template: string): string {
	return template
		.split(/(\{page\}|\{pages\})/)
		.filter(Boolean)
		.map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
		.join(' ');
}

const FONT = "system-ui, 'Noto Sans', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif";

/** One margin box. */
function box(name: string, content: string, direction: PrintedPage['direction'], weight = 400): string {
	return `\t@${name} {\n\t\tcontent: ${content};\n\t\twhite-space: pre-wrap;\n\t\tdirection: ${direction};\n\t\tfont: ${weight} 8pt/1.4 ${FONT};\n\t\tcolor: #000;\n\t}`;
}

export function printCss(page: PrintedPage): string {
	const end = page.direction === 'rtl' ? 'left' : 'right';
	// The mark and the running heads share the top centre, one line each: three boxes in a row would wrap a long title.
	const top = [page.mark, page.heads && `${page.heads.title} · ${page.heads.date}`]
		.filter((line) => line !== undefined && line !== '')
		.map((line) => cssString(line!))
		.join(' "\\A" ');
	const boxes = [
		top && box('top-center', top, page.direction, 700),
		page.mark && box('bottom-center', cssString(page.mark), page.direction, 700),
		box(`bottom-${end}`, pageCounter(page.pageOf), page.direction),
	].filter(Boolean);
	return `@page {\n\tsize: A4;\n\tmargin: 22mm 18mm;\n${boxes.join('\n')}\n}\n`;
}
