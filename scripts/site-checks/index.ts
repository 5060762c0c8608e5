/** The checks over a built site, one class of problem each. */
import { join } from 'node:path';
import { checkInternalLinks } from './internal-links.ts';
import { checkNoOtherOrigin } from './no-other-origin.ts';
import { checkPageMetadata } from './page-metadata.ts';
import type { BuiltSite, SiteProblem } from './site-files.ts';
import { checkValidHtml } from './valid-html.ts';

export { readBuiltSite, type BuiltSite, type SiteProblem } from './site-files.ts';

export interface CheckOptions {
	/** Validate the HTML of a sample of pages that covers every template, not of every page (the build). */
	sampleHtml?: boolean;
}

export const SITE_CHECKS: Record<
	string,
	(site: BuiltSite, options: CheckOptions) => SiteProblem[] | Promise<SiteProblem[]>
> = {
	'internal links': checkInternalLinks,
	'other origins': (site) =>
		checkNoOtherOrigin(site, process.env['SITE_URL'] ? new URL(process.env['SITE_URL']).origin : undefined),
	'page metadata': checkPageMetadata,
	'valid HTML': (site, options) => checkValidHtml(site, options.sampleHtml),
};

export interface SiteCheckProblem {
	check: string;
	problem: SiteProblem;
}

export async function runSiteChecks(site: BuiltSite, options: CheckOptions = {}): Promise<SiteCheckProblem[]> {
	const found: SiteCheckProblem[] = [];
	for (const [check, run] of Object.entries(SITE_CHECKS)) {
		for (const problem of await run(site, options)) found.push({ check, problem });
	}
	return found;
}

/** `dist/en/people/x/index.html:1:230: [internal links] …`: one line, the same from `npm run check:site` and the build. */
export function formatSiteProblem(folder: string, { check, problem }: SiteCheckProblem): string {
	return `${join(folder, problem.file)}:${problem.line}:${problem.column}: [${check}] ${problem.message}`;
}
