/**
 * A worker thread that validates pages with html-validate, so that validity
 * is checked while the other site checks run on the main thread. It is given
 * the site's folder and the pages to validate, reads them itself, and answers
 * with every problem found.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, type ResolvedConfig } from 'html-validate';
import type { SiteProblem } from './site-files.ts';

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

const { root, paths } = workerData as { root: string; paths: string[] };
const problems: SiteProblem[] = [];
for (const path of paths) {
	const report = await validator.validateString(await readFile(join(root, path), 'utf8'), path);
	for (const result of report.results) {
		for (const message of result.messages) {
			problems.push({
				file: path,
				line: message.line,
				column: message.column,
				message: `${message.message} (${message.ruleId})`,
			});
		}
	}
}
parentPort!.postMessage(problems);
