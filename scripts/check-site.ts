/**
 * `npm run check:site [-- --site dist --base /briefings/]`: runs every check
 * over a built site and prints each problem as `file:line:column: [check] message`.
 * Exits 1 if there are any.
 */
import './lib/offline-env.ts';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSite, runSiteChecks } from './site-checks/index.ts';

const { values } = parseArgs({
	options: {
		site: { type: 'string', default: 'dist' },
		base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
	},
});
const site = await loadSite(values.site, values.base);
const found = await runSiteChecks(site);
for (const { check, problem } of found)
	console.error(`${join(values.site, problem.file)}:${problem.line}:${problem.column}: [${check}] ${problem.message}`);
const pages = site.ofType('html').length;
if (found.length > 0) {
	console.error(`\n${found.length} problem${found.length === 1 ? '' : 's'} in ${pages} pages.`);
	process.exit(1);
}
console.log(`Site OK: ${pages} pages, ${site.files.size} files checked.`);
