/** Rewrites the part of README.md between `<!-- name:start -->` and `<!-- name:end -->`. */
import { readFile, writeFile } from 'node:fs/promises';

export async function replaceReadmeSection(name: string, content: string, file = 'README.md'): Promise<void> {
	const readme = await readFile(file, 'utf8');
	const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
	if (!pattern.test(readme)) throw new Error(`${file} has no <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
	await writeFile(
		file,
		readme.replace(pattern, () => `<!-- ${name}:start -->\n${content}\n<!-- ${name}:end -->`),
	);
}
