/**
 * Reads `briefings/site.yaml`, the site-wide settings, with problems pointing
 * at its lines like every other content file. A missing file means defaults.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { briefingsDir, SETTINGS_FILE } from '../lib/collection-files.ts';
import { DEFAULT_LOCALES } from '../lib/language-table.ts';
import { LOCALES } from '../lib/locales.ts';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import { describeIssue } from './describe-issue.ts';
import { readText } from './files.ts';
import { formatPath, type Problem } from './problem.ts';
import { parseYaml, yamlLines } from './yaml.ts';

export async function readSettings(briefings: string): Promise<{ settings: Settings; problems: Problem[] }> {
	const path = join(briefings, SETTINGS_FILE);
	const file = relative(process.cwd(), path);
	if (!existsSync(path)) return { settings: {}, problems: languageProblems({}, file, 1) };
	const { text, problems } = await readText(path, file);
	if (text === undefined) return { settings: {}, problems };
	const { doc, counter, ok, data } = parseYaml(text, file, 1, problems);
	if (!ok) return { settings: {}, problems };
	const result = settingsSchema.safeParse(data ?? {}, { reportInput: true });
	const lineOf = yamlLines(doc, counter, [], 1);
	if (result.success)
		return {
			settings: result.data,
			problems: [...problems, ...languageProblems(result.data, file, lineOf(['languages']) ?? 1)],
		};
	for (const issue of result.error.issues)
		for (const { path: at, message } of describeIssue(issue))
			problems.push({ file, line: lineOf(at), field: formatPath(at) || 'settings', message });
	return { settings: {}, problems };
}

/**
 * The languages are read once per process, before the schemas (`locales.ts`),
 * from the collection in `BRIEFINGS_DIR`: another folder checked in the same
 * process would be held to that collection's languages, so it is refused.
 */
function languageProblems(settings: Settings, file: string, line: number): Problem[] {
	const languages = settings.languages ?? DEFAULT_LOCALES;
	if (languages.join() === LOCALES.join()) return [];
	const message = `this check reads its languages (${LOCALES.join(', ')}) from ${briefingsDir()}, not from this folder (${languages.join(', ')}): check it on its own, with BRIEFINGS_DIR set to its folder`;
	return [{ file, line, field: 'languages', message }];
}
