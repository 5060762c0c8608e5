/**
 * The benchmark's yardstick: the same number of plain MDX pages built by
 * bare Astro with @astrojs/mdx and indexed by Pagefind, no project code. Our
 * time per page is reported as a ratio to it, which holds across machines
 * where absolute times do not.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const WORDS =
	'summit meeting president leaders cooperation region trade transport corridor security partnership agreement dialogue forum delegation statement minister bilateral relations investment energy'.split(
		' ',
	);

function page(i: number, lang: string): string {
	const word = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length];
	const sentence = (k: number) =>
		Array.from({ length: 18 }, (_, j) => word(k * 18 + j)).join(' ') + ` [${(k % 9) + 1}](#p${k}).`;
	const paragraphs = Array.from({ length: 6 }, (_, k) => sentence(k)).join('\n\n');
	return `---\nlayout: ../../layouts/Page.astro\ntitle: Page ${i} (${lang})\nlang: ${lang}\n---\n\n# Page ${i}\n\n## Summary\n\n${paragraphs}\n\n## More\n\n- [Previous](/${lang}/${Math.max(0, i - 1)}/)\n- [Next](/${lang}/${i + 1}/)\n`;
}

function run(command: string, args: string[], cwd: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
	});
}

/** Builds `pages` MDX pages with bare Astro and Pagefind; resolves to the wall time in ms. */
export async function buildBaseline(pages: number): Promise<number> {
	// Inside the project, so that Node finds astro and @astrojs/mdx in its node_modules.
	const root = join(process.cwd(), '.scratch', `baseline-${pages}`);
	await rm(root, { recursive: true, force: true });
	for (const lang of ['en', 'ar']) await mkdir(join(root, 'src', 'pages', lang), { recursive: true });
	await mkdir(join(root, 'src', 'layouts'), { recursive: true });
	await writeFile(
		join(root, 'src', 'layouts', 'Page.astro'),
		'---\nconst { frontmatter } = Astro.props;\n---\n<html lang={frontmatter.lang}><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><main><slot /></main></body></html>\n',
	);
	await writeFile(
		join(root, 'astro.config.mjs'),
		"import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], devToolbar: { enabled: false } };\n",
	);
	for (let i = 0; i < pages; i++) {
		const lang = i % 2 === 0 ? 'en' : 'ar';
		await writeFile(join(root, 'src', 'pages', lang, `${i}.mdx`), page(i, lang));
	}
	const astro = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
	const pagefind = join(process.cwd(), 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
	const started = performance.now();
	await run(process.execPath, [astro, 'build', '--silent'], root);
	await run(process.execPath, [pagefind, '--site', 'dist', '--silent'], root);
	const ms = performance.now() - started;
	await rm(root, { recursive: true, force: true });
	return ms;
}
