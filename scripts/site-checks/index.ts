/** The checks over a built site, one class of problem each. */
import { checkInternalLinks } from './internal-links.ts';
import { checkNoOtherOrigin } from './no-other-origin.ts';
import { checkPageMetadata } from './page-metadata.ts';
import type { BuiltSite, SiteProblem } from './site-files.ts';
import { checkValidHtml } from './valid-html.ts';

export { loadSite, type BuiltSite, type SiteProblem } from './site-files.ts';

export const SITE_CHECKS: Record<string, (site: BuiltSite) => SiteProblem[] | Promise<SiteProblem[]>> = {
	'internal links': checkInternalLinks,
	'other origins': (site) =>
		checkNoOtherOrigin(site, process.env['SITE_URL'] ? new URL(process.env['SITE_URL']).origin : undefined),
	'page metadata': checkPageMetadata,
	'valid HTML': checkValidHtml,
};

export async function runSiteChecks(site: BuiltSite): Promise<{ check: string; problem: SiteProblem }[]> {
	const found: { check: string; problem: SiteProblem }[] = [];
	for (const [check, run] of Object.entries(SITE_CHECKS)) {
		for (const problem of await run(site)) found.push({ check, problem });
	}
	return found;
}
