/**
 * The site-wide settings of `briefings/site.yaml`, read once per build. The
 * build checks them before Astro starts, so a problem here is a bug.
 */
import { readSettings } from '../checker/read-settings.ts';
import { formatProblem } from '../checker/problem.ts';
import { briefingsDir } from '../lib/collection-files.ts';
import type { Settings } from '../schemas/settings.ts';

let cached: Promise<Settings> | undefined;

/** Whether the site is for internal use only: set in `site.yaml`, or true whenever a handling mark is. */
export function isInternal(settings: Settings): boolean {
	return settings.internal ?? settings.handlingMark !== undefined;
}

export function loadSettings(): Promise<Settings> {
	cached ??= readSettings(briefingsDir()).then(({ settings, problems }) => {
		if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
		return settings;
	});
	return cached;
}
