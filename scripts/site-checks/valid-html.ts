/**
 * Pages are valid HTML, by html-validate's recommended rules: every page, or
 * (in the build) a sample that covers every page template in each language.
 * html-validate runs in a worker thread.
 */
import { Worker } from 'node:worker_threads';
import type { BuiltSite, SiteFile, SiteProblem } from './site-files.ts';

/**
 * The page template a page comes from: its path without the language and with
 * the entry ids left out (`people/*`, `sources/* /review`, the home page '').
 * Both languages are drawn by the same template.
 */
export function templateOf(path: string): string {
	const [, ...rest] = path.replace(/\/?index\.html$/, '').split('/');
	return rest.map((part, i) => (i === 0 ? part : '*')).join('/');
}

/**
 * One page of every template, the smallest of either language. Pages are
 * built from templates, and from content the body renderer escapes and the
 * checker has proven, so an invalid template shows on every one of its
 * pages; html-validate takes 6 ms and more a page, too long for every page of
 * every build (`npm run check:site` and the tests validate them all).
 */
export function samplePages(files: SiteFile[]): SiteFile[] {
	const smallest = new Map<string, SiteFile>();
	for (const file of files) {
		const template = templateOf(file.path);
		const kept = smallest.get(template);
		if (!kept || file.text.length < kept.text.length) smallest.set(template, file);
	}
	return [...smallest.values()];
}

/** Validates the pages in a worker thread (`html-validator.ts`), so the other checks run meanwhile. */
export function checkValidHtml(site: BuiltSite, sample = false): Promise<SiteProblem[]> {
	const pages = site.ofType('html');
	const paths = (sample ? samplePages(pages) : pages).map((file) => file.path);
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./html-validator.ts', import.meta.url), {
			workerData: { root: site.root, paths },
		});
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => code !== 0 && reject(new Error(`the HTML validator stopped (exit code ${code})`)));
	});
}
