/**
 * Every page says what it is and where its counterparts are: a title, a
 * description, `lang` and `dir` that agree with the locale table, and a link
 * to the same page in each other language that exists.
 */
import type { BuiltSite, SiteProblem } from './site-files.ts';
import { DIRECTION } from '../../src/lib/language-table.ts';
import { isLocale, LOCALES } from '../../src/lib/locales.ts';

export function checkPageMetadata(site: BuiltSite): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const file of site.ofType('html')) {
		const { text } = file;
		const report = (pattern: RegExp | number, message: string) => {
			const at = typeof pattern === 'number' ? pattern : (pattern.exec(text)?.index ?? 0);
			problems.push({ file: file.path, ...file.at(at), message });
		};
		const html = /<html\b[^>]*>/.exec(text);
		const lang = /\slang="([^"]*)"/.exec(html?.[0] ?? '')?.[1];
		const dir = /\sdir="([^"]*)"/.exec(html?.[0] ?? '')?.[1];
		if (!isLocale(lang))
			report(html?.index ?? 0, `<html> has lang="${lang ?? ''}"; expected one of ${LOCALES.join(', ')}`);
		else if (dir !== DIRECTION[lang])
			report(html?.index ?? 0, `<html lang="${lang}"> has dir="${dir ?? ''}"; expected ${DIRECTION[lang]}`);
		const title = /<title>([^<]*)<\/title>/.exec(text);
		if (!title?.[1]?.trim()) report(title?.index ?? 0, 'no <title>, or an empty one');
		const description = /<meta name="description" content="([^"]*)"/.exec(text);
		if (!description?.[1]?.trim()) report(description?.index ?? 0, 'no <meta name="description">, or an empty one');
		// The "not found" page is written in every language at once: it has no counterpart.
		if (file.path === '404.html') continue;
		for (const other of LOCALES.filter((l) => l !== lang)) {
			const alternate = new RegExp(`<link rel="alternate" hreflang="${other}" href="([^"]*)"`).exec(text);
			if (!alternate) {
				report(/<\/head>/, `no <link rel="alternate" hreflang="${other}"> to the page in that language`);
				continue;
			}
			const path = new URL(alternate[1]!, 'https://site.invalid/').pathname.slice(site.base.length);
			if (!site.files.has(`${path}index.html`))
				report(alternate.index, `the ${other} counterpart ${alternate[1]} does not exist`);
		}
	}
	return problems;
}
