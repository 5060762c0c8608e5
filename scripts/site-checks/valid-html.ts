/** Every page is valid HTML, by html-validate's recommended rules. */
import { HtmlValidate } from 'html-validate';
import type { BuiltSite, SiteProblem } from './site-files.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Titles lead with the entity's full official name, which is often long.
		'long-title': 'off',
		// Heading ids are made from Arabic headings; HTML allows any character but space.
		'valid-id': ['error', { relaxed: true }],
	},
});

export async function checkValidHtml(site: BuiltSite): Promise<SiteProblem[]> {
	const problems: SiteProblem[] = [];
	for (const file of site.ofType('html')) {
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
