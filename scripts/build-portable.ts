/**
 * `npm run build:portable`: the whole site as one folder and one zip that work
 * opened from disk (double-click `index.html`), search included.
 *
 * It builds the site as usual into a scratch folder, then: rewrites every
 * link to a relative path that names a file (`…/index.html`), swaps the
 * module search loader (browsers refuse module scripts from disk) for a
 * classic script that searches a fallback index, writes that index as a
 * plain script, puts a cover page at the root saying when the edition was
 * built and how many briefings it holds, and zips the folder.
 *
 * Output: `portable/briefings-portable/` and `portable/briefings-portable.zip`
 * (`--out <dir>` to change `portable`). The regular build is untouched.
 */
import './lib/offline-env.ts';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, posix, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build as esbuild } from 'esbuild';
import { zipSync } from 'fflate';
import { isInternal, loadSettings } from '../src/data/site-settings.ts';
import { t } from '../src/i18n/ui.ts';
import { formatDate } from '../src/lib/format.ts';
import { AUTONYM, DIRECTION } from '../src/lib/language-table.ts';
import { LOCALES } from '../src/lib/locales.ts';
import { BRIEFING_COLLECTIONS, COLLECTIONS } from '../src/schemas/index.ts';
import { briefingsDir } from '../src/lib/collection-files.ts';
import { buildFallbackIndex, fallbackIndexScript } from './portable/fallback-index.ts';

const NAME = 'briefings-portable';
const { values } = parseArgs({ options: { out: { type: 'string', default: 'portable' } } });
const outRoot = resolve(values.out);
const folder = join(outRoot, NAME);
const scratch = join(outRoot, '.site');
const log = (text: string) => console.log(`[portable] ${text}`);

/** Rewrites root-relative URLs in a page to paths relative to the page that name a file. */
function relativize(html: string, page: string): string {
	const from = posix.dirname(page);
	return html.replace(/(\s(?:href|src|action|data-loader))="(\/[^"]*)"/g, (_, attr: string, url: string) => {
		const [path = '', suffix = ''] = url.split(/(?=[?#])/, 2);
		const target = path.endsWith('/') ? `${path}index.html` : path;
		const rel = posix.relative(from, target.slice(1)) || posix.basename(target);
		return `${attr}="${rel}${suffix}"`;
	});
}

async function htmlFiles(dir: string): Promise<string[]> {
	return (await readdir(dir, { recursive: true }))
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split('\\').join('/'));
}

/** The cover: what the edition is, when it was built, how many briefings it holds, and a way in. */
function coverPage(count: number, builtOn: string, internal: boolean): string {
	const blocks = LOCALES.map((locale) => {
		const date = formatDate(builtOn, locale);
		return `<section lang="${locale}" dir="${DIRECTION[locale]}">
<h2>${t(locale, 'siteTitle')}</h2>
<p>${t(locale, 'portableEdition', { date, count })}</p>
<p><a href="${locale}/index.html" hreflang="${locale}">${AUTONYM[locale]}</a></p>
</section>`;
	}).join('\n');
	const [first] = LOCALES;
	const title = LOCALES.map((l) => `<span lang="${l}" dir="${DIRECTION[l]}">${t(l, 'portableTitle')}</span>`).join(' ');
	return `<!doctype html>
<html lang="${first}" dir="${DIRECTION[first]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${LOCALES.map((l) => t(l, 'siteTitle')).join(' · ')}</title>
<meta name="description" content="${t(first, 'siteTagline')}">${internal ? '\n<meta name="robots" content="noindex, nofollow">' : ''}
<link rel="stylesheet" href="CSS_HREF">
</head>
<body>
<main id="content" class="language-chooser portable-cover">
<h1>${title}</h1>
${blocks}
</main>
</body>
</html>
`;
}

await rm(outRoot, { recursive: true, force: true });
await mkdir(outRoot, { recursive: true });

log('Building the site…');
execFileSync(process.execPath, [join(import.meta.dirname, 'build.ts'), '--out', scratch], {
	stdio: 'inherit',
	env: { ...process.env, BASE_PATH: '/' },
});
await cp(scratch, folder, { recursive: true });
await rm(scratch, { recursive: true, force: true });
await rm(join(outRoot, '.scratch'), { recursive: true, force: true });

log('Writing the search script and its index…');
await esbuild({
	entryPoints: [join(import.meta.dirname, '../src/client/portable/search.ts')],
	bundle: true,
	format: 'iife',
	minify: true,
	target: 'es2022',
	outfile: join(folder, 'search-portable.js'),
	logLevel: 'warning',
});
const index = await buildFallbackIndex(briefingsDir());
const indexScript = fallbackIndexScript(index);
await writeFile(join(folder, 'search-index.js'), indexScript);

log('Making every link relative and every script one a page opened from disk can run…');
const loader = /<script type="module" src="(\/_astro\/[^"]+)"><\/script>/;
for (const page of await htmlFiles(folder)) {
	const file = join(folder, page);
	let html = await readFile(file, 'utf8');
	html = html.replace(
		loader,
		(_, src: string) => `<script src="/search-portable.js" data-loader="${src}" defer></script>`,
	);
	// A page from disk has no origin for 'self' to name; the policy is for servers, which send it as a header.
	html = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '');
	await writeFile(file, relativize(html, page));
}

const count = (
	await Promise.all(
		BRIEFING_COLLECTIONS.map((name) => readdir(join(briefingsDir(), COLLECTIONS[name].path)).catch(() => [])),
	)
)
	.flat()
	.filter((f) => f.endsWith('.mdx')).length;
const css = (await readdir(join(folder, '_astro'))).find((f) => f.endsWith('.css'));
const builtOn = new Date().toISOString().slice(0, 10);
const internal = isInternal(await loadSettings());
await writeFile(join(folder, 'index.html'), coverPage(count, builtOn, internal).replace('CSS_HREF', `_astro/${css}`));

log('Zipping…');
const files: Record<string, Uint8Array> = {};
for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
	if (!entry.isFile()) continue;
	const path = join(entry.parentPath, entry.name);
	files[posix.join(NAME, relative(folder, path).split('\\').join('/'))] = await readFile(path);
}
const zip = zipSync(files, { level: 9 });
await writeFile(join(outRoot, `${NAME}.zip`), zip);
log(
	`Done: ${relative(process.cwd(), join(outRoot, `${NAME}.zip`))} (${(zip.length / 1024).toFixed(0)} kB, ${count} briefings, search index ${(Buffer.byteLength(indexScript) / 1024).toFixed(0)} kB) and ${relative(process.cwd(), folder)}/`,
);
