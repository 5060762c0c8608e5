/**
 * Nothing in the site refers to another origin: no link, script, style, image
 * or font URL in HTML attributes, no `url()` or `@import` in CSS, no URL
 * literal in JavaScript. URLs shown to the reader as text are fine. And every
 * script comes from a file of the site, as the strict CSP demands.
 */
import { attributes, type BuiltSite, type SiteProblem } from './site-files.ts';

const URL_LITERAL = /(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)<>${}\\]*/gi;

/**
 * URLs that appear in third-party JavaScript and CSS but are never fetched:
 * each one checked by reading where it is used.
 */
const NEVER_FETCHED: Record<string, string> = {
	'http://www.w3.org/2000/svg': 'an XML namespace name',
	'https://example.com': "a placeholder base Pagefind's scripts use to parse relative URLs",
	'https://markjs.io/': 'a licence comment in pagefind-highlight.js',
	'https://git.io/vwTVl': 'a comment in pagefind-highlight.js',
};

export function checkNoOtherOrigin(site: BuiltSite, allowedOrigin?: string): SiteProblem[] {
	const problems: SiteProblem[] = [];
	const foreign = (url: string) => {
		const absolute = url.startsWith('//') ? `https:${url}` : url;
		if (!/^https?:\/\//i.test(absolute)) return false;
		return !(allowedOrigin && new URL(absolute).origin === allowedOrigin);
	};
	for (const file of site.ofType('html')) {
		for (const { name, value, offset } of attributes(file)) {
			const urls = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
			for (const url of urls)
				if (foreign(url))
					problems.push({ file: file.path, ...file.at(offset), message: `${name}="${url}" refers to another origin` });
		}
		// A script is run only from a file of the site: an inline one or a data: URL is refused by the CSP.
		for (const match of file.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
			const attrs = match[1]!;
			if (/\stype="application\/ld\+json"/.test(attrs)) continue;
			const src = /\ssrc="([^"]*)"/.exec(attrs)?.[1];
			if (src?.startsWith('data:') || (src === undefined && match[2]!.trim() !== '')) {
				problems.push({
					file: file.path,
					...file.at(match.index),
					message: `${src === undefined ? 'an inline script' : 'a script from a data: URL'}, which the Content-Security-Policy refuses; expected a script file of the site`,
				});
			}
		}
		for (const match of file.text.matchAll(/<(?:style)[^>]*>[\s\S]*?<\/style>|\sstyle="[^"]*"/g)) {
			for (const url of match[0].match(URL_LITERAL) ?? []) {
				if (foreign(url))
					problems.push({
						file: file.path,
						...file.at(match.index),
						message: `inline style refers to another origin: ${url}`,
					});
			}
		}
	}
	for (const file of [...site.ofType('css'), ...site.ofType('js'), ...site.ofType('mjs')]) {
		for (const match of file.text.matchAll(URL_LITERAL)) {
			const url = match[0];
			if (!foreign(url) || NEVER_FETCHED[url] !== undefined) continue;
			problems.push({ file: file.path, ...file.at(match.index!), message: `refers to another origin: ${url}` });
		}
	}
	return problems;
}
