/**
 * Counts the warnings Astro and Vite print while the build runs, so the
 * build's closing summary can say how many there were. Output still passes
 * through unchanged.
 */
export function countWarnings(): { readonly count: number } {
	const counter = { count: 0 };
	for (const stream of [process.stdout, process.stderr]) {
		const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
		stream.write = ((chunk: unknown, ...rest: unknown[]) => {
			const matches = String(chunk).match(/\[WARN\]/g);
			if (matches) counter.count += matches.length;
			return write(chunk, ...rest);
		}) as typeof stream.write;
	}
	return counter;
}
