/**
 * The built site as the checks see it: every file by path, with its text and
 * a way to turn an offset into a line number, so that every problem names a
 * file and a line.
 */
import { basePath } from '../../src/lib/base-path.ts';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface SiteFile {
	/** Path inside the site, with forward slashes: `en/people/tokayev/index.html`. */
	path: string;
	text: string;
	/** Line and column (1-based) of an offset in the text. */
	at: (offset: number) => Position;
}

export interface Position {
	line: number;
	/** Astro writes each page on one line, so the column is what locates a problem in HTML. */
	column: number;
}

export interface SiteProblem extends Position {
	/** Path inside the site. */
	file: string;
	message: string;
}

export interface BuiltSite {
	root: string;
	/** The base path the site was built for: `/` or `/briefings/`. */
	base: string;
	files: Map<string, SiteFile>;
	/** Files of one kind: `html`, `css`, `js`. */
	ofType: (extension: string) => SiteFile[];
}

/** Line and column of an offset; the line starts are found the first time they are needed. */
function positions(text: string): (offset: number) => Position {
	let starts: number[] | undefined;
	return (offset) => {
		if (!starts) {
			starts = [0];
			for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
		}
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - starts[low]! + 1 };
	};
}

const TEXT_FILES = /\.(html|css|js|mjs|json)$/;

export async function readBuiltSite(root: string, base = '/'): Promise<BuiltSite> {
	const paths = (await readdir(root, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
		.sort();
	// Read in parallel, a few dozen at a time: thousands of small files, one after the other, is slow.
	const texts: string[] = [];
	for (let i = 0; i < paths.length; i += 64) {
		const batch = paths.slice(i, i + 64);
		texts.push(
			...(await Promise.all(batch.map((path) => (TEXT_FILES.test(path) ? readFile(join(root, path), 'utf8') : '')))),
		);
	}
	const files = new Map<string, SiteFile>();
	paths.forEach((path, i) => files.set(path, { path, text: texts[i]!, at: positions(texts[i]!) }));
	return {
		root,
		base: basePath(base),
		files,
		ofType: (extension) => [...files.values()].filter((f) => f.path.endsWith(`.${extension}`)),
	};
}

/** URL-bearing attributes in HTML, with their offset (`file.at` turns it into a line, for a problem). */
export function* attributes(file: SiteFile, names = ['href', 'src', 'action', 'srcset', 'poster', 'data']) {
	const pattern = new RegExp(`\\s(${names.join('|')})="([^"]*)"`, 'g');
	for (const match of file.text.matchAll(pattern)) {
		yield { name: match[1]!, value: match[2]!.replaceAll('&amp;', '&'), offset: match.index + 1 };
	}
}
