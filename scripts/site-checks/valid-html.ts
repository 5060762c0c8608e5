/**
 * Pages are valid HTML, by html-validate's recommended rules: every page, or
 * (in the build) a sample that covers every page template in each language.
 */
import { HtmlValidate, StaticConfigLoader, type ResolvedConfig } from 'html-validate';
import type { BuiltSite, SiteFile, SiteProblem } from './site-files.ts';

/** The configuration, resolved once: html-validate would otherwise resolve it again for every page. */
class ResolvedOnce extends StaticConfigLoader {
	#resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
	override getConfigFor(handle: string, override?: Parameters<StaticConfigLoader['getConfigFor']>[1]) {
		return (this.#resolved ??= super.getConfigFor(handle, override));
	}
}

const validator = new HtmlValidate(
	new ResolvedOnce({
		extends: ['html-validate:recommended'],
		rules: {
			// Titles lead with the entity's full official name, which is often long.
			'long-title': 'off',
			// Heading ids are made from Arabic headings; HTML allows any character but space.
			'valid-id': ['error', { relaxed: true }],
		},
	}),
);

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

export async function checkValidHtml(site: BuiltSite, sample = false): Promise<SiteProblem[]> {
	const problems: SiteProblem[] = [];
	const pages = site.ofType('html');
	for (const file of sample ? samplePages(pages) : pages) {
		const report = await validator.validateString(file.text, file.path);
		for (const result of report.results) {
			for (const message of result.messages) {
				problems.push({
					file: file.path,
					line: message.line,
					column: message.column,
					message: `${message.message} (${message.ruleId})`,
				});
			}
		}
	}
	return problems;
}
