/**
 * Reads `briefings/site.yaml`, the site-wide settings, with problems pointing
 * at its lines like every other content file. A missing file means defaults.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SETTINGS_FILE, settingsSchema, type Settings } from '../schemas/settings.ts';
import { describeIssue } from './describe-issue.ts';
import { readText } from './files.ts';
import { formatPath, type Problem } from './problem.ts';
import { parseYaml, yamlLines } from './yaml.ts';

export async function readSettings(briefings: string): Promise<{ settings: Settings; problems: Problem[] }> {
	const path = join(briefings, SETTINGS_FILE);
	if (!existsSync(path)) return { settings: {}, problems: [] };
	const file = relative(process.cwd(), path);
	const { text, problems } = await readText(path, file);
	if (text === undefined) return { settings: {}, problems };
	const { doc, counter, ok, data } = parseYaml(text, file, 1, problems);
	if (!ok) return { settings: {}, problems };
	const result = settingsSchema.safeParse(data ?? {}, { reportInput: true });
	if (result.success) return { settings: result.data, problems };
	const lineOf = yamlLines(doc, counter, [], 1);
	for (const issue of result.error.issues)
		for (const { path: at, message } of describeIssue(issue))
			problems.push({ file, line: lineOf(at), field: formatPath(at) || 'settings', message });
	return { settings: {}, problems };
}
