/**
 * Reads `briefings/search-suite.yaml`, the queries the content gates search
 * for, with problems pointing at its lines like every other content file: a
 * group that expects a page the collection does not have is refused.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import { SEARCH_SUITE_FILE, searchSuiteSchema, type SearchSuiteGroup } from '../schemas/search-suite.ts';
import { describeIssue } from './describe-issue.ts';
import { readText } from './files.ts';
import { didYouMean, formatPath, showValue, type Problem } from './problem.ts';
import { parseYaml, yamlLines } from './yaml.ts';

export async function readSearchSuite(
	briefings: string,
	ids?: ReadonlyMap<CollectionName, ReadonlySet<string>>,
): Promise<{ suite: SearchSuiteGroup[]; problems: Problem[] }> {
	const path = join(briefings, SEARCH_SUITE_FILE);
	if (!existsSync(path)) return { suite: [], problems: [] };
	const file = relative(process.cwd(), path);
	const { text, problems } = await readText(path, file);
	if (text === undefined) return { suite: [], problems };
	const { doc, counter, ok, data } = parseYaml(text, file, 1, problems);
	if (!ok) return { suite: [], problems };
	const lineOf = yamlLines(doc, counter, [], 1);
	const result = searchSuiteSchema.safeParse(data ?? [], { reportInput: true });
	if (!result.success) {
		for (const issue of result.error.issues)
			for (const { path: at, message } of describeIssue(issue))
				problems.push({ file, line: lineOf(at), field: formatPath(at) || 'search suite', message });
		return { suite: [], problems };
	}
	if (ids) {
		result.data.forEach((group, index) => {
			const [collection = '', id = ''] = group.expect.split('/');
			const known = COLLECTION_NAMES.includes(collection as CollectionName);
			if (known && ids.get(collection as CollectionName)?.has(id)) return;
			problems.push({
				file,
				line: lineOf([index, 'expect']),
				field: `[${index}].expect`,
				message: known
					? `${showValue(group.expect)}: no ${collection} entry has the id ${showValue(id)}${didYouMean(id, ids.get(collection as CollectionName) ?? []) || '; expected the page the queries must find, as collection/id'}`
					: `${showValue(group.expect)}: ${showValue(collection)} is not a collection; expected one of ${COLLECTION_NAMES.join(', ')}`,
			});
		});
	}
	return { suite: result.data, problems };
}
