/**
 * `npm run check:site [-- --site dist --base /briefings/]`: runs every check
 * over a built site and prints each problem as `file:line:column: [check] message`.
 * Exits 1 if there are any.
 */
import './lib/offline-env.ts';
import { parseArgs } from 'node:util';
import { formatSiteProblem, readBuiltSite, runSiteChecks } from './site-checks/index.ts';

const { values } = parseArgs({
	options: {
		site: { type: 'string', default: 'dist' },
		base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
	},
});
const site = await readBuiltSite(values.site, values.base);
const found = await runSiteChecks(site);
for (const item of found) console.error(formatSiteProblem(values.site, item));
const pages = site.ofType('html').length;
if (found.length > 0) {
	console.error(`\n${found.length} problem${found.length === 1 ? '' : 's'} in ${pages} pages.`);
	process.exit(1);
}
console.log(`Site OK: ${pages} pages, ${site.files.size} files checked.`);
