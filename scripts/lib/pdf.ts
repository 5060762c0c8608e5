/**
 * Reading PDFs back with pdf.js: where a PDF's internal links land, and the
 * text of each page in reading order. The pack printer uses the first to
 * number its contents; tests use both to check what a reader gets.
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type Pdf = PDFDocumentProxy;

export function openPdf(bytes: Uint8Array): Promise<Pdf> {
	// A copy: pdf.js takes ownership of the buffer it is given.
	return getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
}

/** The page (1-based) each named destination that a link of the PDF points to lands on. */
export async function linkTargets(pdf: Pdf): Promise<Map<string, number>> {
	const targets = new Map<string, number>();
	for (let n = 1; n <= pdf.numPages; n++) {
		const annotations = (await (await pdf.getPage(n)).getAnnotations()) as { subtype: string; dest?: unknown }[];
		for (const { subtype, dest } of annotations) {
			if (subtype !== 'Link' || typeof dest !== 'string' || targets.has(dest)) continue;
			const explicit = await pdf.getDestination(dest);
			const ref = explicit?.[0] as Parameters<Pdf['getPageIndex']>[0] | undefined;
			if (ref) targets.set(dest, (await pdf.getPageIndex(ref)) + 1);
		}
	}
	return targets;
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

interface Drawn {
	x: number;
	end: number;
	size: number;
	text: string;
	/** A gap wide enough for a space before it, left to right as drawn. */
	gap?: boolean;
}

/**
 * A line as it was written. A PDF draws glyphs left to right, so pdf.js
 * gives an Arabic line's pieces in drawing order (each piece's own text
 * already in reading order): reversing the pieces, then folding Arabic
 * presentation forms (NFKC), gives the text back.
 */
function writtenLine(parts: Drawn[]): string {
	parts.sort((a, b) => a.x - b.x);
	parts.forEach((part, i) => {
		const before = parts[i - 1];
		part.gap = before !== undefined && part.x - before.end > part.size * 0.15;
	});
	const rtl = parts.some((p) => RTL.test(p.text));
	const text = rtl
		? parts
				.toReversed()
				.map((p) => p.text + (p.gap ? ' ' : ''))
				.join('')
		: parts.map((p) => (p.gap ? ' ' : '') + p.text).join('');
	return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The text of a page, line by line, top to bottom, each line as written. */
export async function pageLines(pdf: Pdf, n: number): Promise<string[]> {
	const { items } = await (await pdf.getPage(n)).getTextContent();
	const lines = new Map<number, Drawn[]>();
	for (const item of items) {
		// Spaces come from the gaps between pieces: right to left, their own items are out of place.
		if (!('str' in item) || item.str.trim() === '') continue;
		const [, , , size, x, y] = item.transform as number[];
		const key = Math.round(y! / 2);
		let line = lines.get(key);
		if (!line) lines.set(key, (line = []));
		line.push({ x: x!, end: x! + item.width, size: Math.abs(size!), text: item.str });
	}
	return [...lines.entries()].sort(([a], [b]) => b - a).map(([, parts]) => writtenLine(parts));
}
