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
	// First, so that its thread starts before the checks that run on this one.
	'valid HTML': (site, options) => checkValidHtml(site, options.sampleHtml),
	'internal links': checkInternalLinks,
	'other origins': (site) =>
		checkNoOtherOrigin(site, process.env['SITE_URL'] ? new URL(process.env['SITE_URL']).origin : undefined),
	'page metadata': checkPageMetadata,
};

export interface SiteCheckProblem {
	check: string;
	problem: SiteProblem;
}

/** Every check, started at once: HTML validity works in a thread of its own while the others run here. */
export async function runSiteChecks(site: BuiltSite, options: CheckOptions = {}): Promise<SiteCheckProblem[]> {
	const running = Object.entries(SITE_CHECKS).map(([check, run]) => ({ check, problems: run(site, options) }));
	const found: SiteCheckProblem[] = [];
	for (const { check, problems } of running) for (const problem of await problems) found.push({ check, problem });
	return found;
}

/** `dist/en/people/x/index.html:1:230: [internal links] …`: one line, the same from `npm run check:site` and the build. */
export function formatSiteProblem(folder: string, { check, problem }: SiteCheckProblem): string {
	return `${join(folder, problem.file)}:${problem.line}:${problem.column}: [${check}] ${problem.message}`;
}
