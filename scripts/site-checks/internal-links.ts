/** Every internal link, and its `#fragment`, leads somewhere that exists. */
import { attributes, type BuiltSite, type SiteProblem } from './site-files.ts';

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** The file a site path is served from: the path itself, or its folder's index.html. */
function target(site: BuiltSite, path: string): string | undefined {
	const candidates = [path, `${path.replace(/\/?$/, '/')}index.html`];
	return candidates.map((p) => p.replace(/^\//, '')).find((p) => site.files.has(p));
}

function idsOf(site: BuiltSite, file: string, cache: Map<string, Set<string>>): Set<string> {
	let ids = cache.get(file);
	if (!ids) {
		const text = site.files.get(file)?.text ?? '';
		ids = new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
		cache.set(file, ids);
	}
	return ids;
}

export function checkInternalLinks(site: BuiltSite): SiteProblem[] {
	const problems: SiteProblem[] = [];
	const ids = new Map<string, Set<string>>();
	for (const file of site.ofType('html')) {
		const here = new URL(`${site.base}${file.path}`, 'https://site.invalid');
		for (const { name, value, offset } of attributes(file, ['href', 'src', 'action'])) {
			if (value === '' || EXTERNAL.test(value) || value.startsWith('data:')) continue;
			// Most links are plain paths from the root: no need for the URL parser's full work.
			const simple = value.startsWith('/') && !/[?%\\]|\/\.\.?(\/|#|$)/.test(value);
			const url = simple
				? { pathname: value.split('#')[0]!, hash: value.includes('#') ? `#${value.split('#')[1]}` : '' }
				: new URL(value, here);
			const path = simple ? url.pathname : decodeURIComponent(url.pathname);
			if (!path.startsWith(site.base)) {
				problems.push({
					file: file.path,
					...file.at(offset),
					message: `${name}="${value}" is outside the site's base path ${site.base}`,
				});
				continue;
			}
			const found = target(site, path.slice(site.base.length));
			if (!found) {
				problems.push({ file: file.path, ...file.at(offset), message: `${name}="${value}" leads to no page or file` });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && found.endsWith('.html') && !idsOf(site, found, ids).has(fragment)) {
				problems.push({
					file: file.path,
					...file.at(offset),
					message: `${name}="${value}": ${found} has no element with id "${fragment}"`,
				});
			}
		}
	}
	return problems;
}
