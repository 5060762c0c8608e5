import { readdir } from 'node:fs/promises';

/** Counts the HTML pages in a built site. */
export async function countPages(dir: string): Promise<number> {
	const files = await readdir(dir, { recursive: true });
	return files.filter((f) => f.endsWith('.html')).length;
}
