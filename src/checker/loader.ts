/**
 * The Astro content loader of every collection. It takes the entries from the
 * one checked read of `briefings/` (`load.ts`): data already validated, each
 * body already parsed (the parse the site reads links and citations from).
 * A briefing is stored for deferred rendering, so that @astrojs/mdx compiles
 * its MDX when a page renders it. With problems in the content, it lists them
 * and stops the build.
 */
import type { Loader } from 'astro/loaders';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CollectionName } from '../schemas/index.ts';
import { briefingsDir } from '../lib/collection-files.ts';
import type { LoadedContent } from './saved-check.ts';
import { lastChanges } from './history.ts';
import { forget, loadContent } from './load.ts';
import { formatProblem } from './problem.ts';

/** Thrown when the content has problems; they have been printed one per line already. */
export class ContentProblems extends Error {
	constructor(count: number, files: number) {
		super(
			`The content has ${count} problem${count === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (listed above); nothing was built.`,
		);
		this.name = 'ContentProblems';
	}
}

const history = new WeakMap<LoadedContent, Promise<Map<string, string>>>();

/** When each content file last changed: asked of git once per read of the content, for every collection at once. */
function lastChangesOf(dir: string, content: LoadedContent): Promise<Map<string, string>> {
	let changes = history.get(content);
	if (!changes) history.set(content, (changes = lastChanges(dir, [...new Set(content.entries.map((e) => e.file))])));
	return changes;
}

export function briefingsLoader(collection: CollectionName): Loader {
	const dir = briefingsDir();
	return {
		name: `briefings:${collection}`,
		load: async ({ store, watcher, logger, config }) => {
			const project = fileURLToPath(config.root);
			const sync = async () => {
				const content = await loadContent(dir);
				const { problems, entries } = content;
				if (problems.length > 0) {
					// Every collection loads from the same check: the first to see the problems prints them.
					if (collection === 'people') for (const problem of problems) logger.error(formatProblem(problem));
					throw new ContentProblems(problems.length, new Set(problems.map((p) => p.file)).size);
				}
				const mine = entries.filter((entry) => entry.collection === collection);
				const changed = await lastChangesOf(dir, content);
				// Entries whose digest is unchanged are left as they are: after an edit only that entry is stored anew.
				const ids = new Set(mine.map((entry) => entry.id));
				for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
				for (const entry of mine) {
					const data = {
						...entry.data,
						changed: changed.get(entry.file)!,
						...(entry.parsed ? { parsed: entry.parsed } : {}),
					};
					store.set({
						id: entry.id,
						data,
						digest: `${entry.digest}@${data.changed}`,
						// Astro finds a file by its path from the project's root, wherever BRIEFINGS_DIR is.
						filePath: relative(project, resolve(entry.file)),
						// A briefing's file is compiled by @astrojs/mdx when a page renders it (its text is not stored).
						...(entry.parsed ? { deferredRender: true } : {}),
					});
				}
			};
			await sync();
			// In the dev server, an edit anywhere in briefings/ reloads the collections from one new check.
			// The folder is watched explicitly: BRIEFINGS_DIR may lie outside the project.
			const root = resolve(dir) + sep;
			watcher?.add(resolve(dir));
			watcher?.on('all', (_event, path) => {
				if (!resolve(path).startsWith(root)) return;
				forget(dir);
				sync().catch((error: Error) => logger.error(error.message));
			});
		},
	};
}
