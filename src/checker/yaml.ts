/** Parsing YAML with the line of every value, so problems can point at it. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problem.ts';

/** The line a field path was written on, nearest known parent first. */
export function yamlLines(doc: Document, counter: LineCounter, prefix: readonly PropertyKey[], firstLine: number) {
	return (path: readonly PropertyKey[]): number | undefined => {
		for (let length = path.length; length >= 0; length--) {
			const node = doc.getIn([...prefix, ...path.slice(0, length)], true);
			const offset = (node as { range?: number[] } | undefined)?.range?.[0];
			if (typeof offset === 'number') return counter.linePos(offset).line + firstLine - 1;
		}
		return undefined;
	};
}

/** Parses YAML; syntax errors become problems (a duplicate key is a duplicate id in a data file). */
export function parseYaml(text: string, file: string, firstLine: number, problems: Problem[]) {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
	for (const error of doc.errors) {
		const { line, col } = counter.linePos(error.pos[0]);
		const duplicate = error.code === 'DUPLICATE_KEY';
		problems.push({
			file,
			line: line + firstLine - 1,
			column: col,
			field: duplicate ? 'id' : 'yaml',
			message: duplicate
				? `${error.message.split('\n')[0]}; expected each key once (duplicate id)`
				: `${error.message.split('\n')[0]}; expected valid YAML`,
		});
	}
	let data: unknown;
	if (doc.errors.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: 100 });
		} catch (error) {
			problems.push({
				file,
				line: firstLine,
				field: 'yaml',
				message: `${(error as Error).message}; expected valid YAML`,
			});
			return { doc, counter, ok: false, data: undefined };
		}
	}
	return { doc, counter, ok: doc.errors.length === 0, data };
}
