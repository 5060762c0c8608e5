/**
 * The Atom feed (RFC 4287) of a language: the most recent changes, as the
 * "What's new" page lists them. Links are absolute when the site's origin is
 * configured (SITE_URL), otherwise from the site's root.
 */
import { ROUTES, VIEW } from '../../data/routes.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { changes, RECENT_CHANGES } from '../../data/changes.ts';
import { loadSite } from '../../data/site.ts';
import { entityName } from '../../data/entity-names.ts';
import { entityUrl, localeFileUrl, pageUrl, publicUrl } from '../../data/urls.ts';
import { t } from '../../i18n/ui.ts';
import { escapeHtml as escapeXml } from '../../lib/escape.ts';
import { isLocale, languagePaths } from '../../lib/locales.ts';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

/** A permanent id for a page: its absolute URL when the origin is known, else a tag URI (RFC 4151) from its path. */
function idOf(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : `tag:kazakhstan-briefings.invalid,2022:${path.replace(/^\//, '')}`;
}

export const GET: APIRoute = async ({ params, site: origin }) => {
	const locale = params['lang'];
	if (!isLocale(locale)) throw new Error(`No feed for the language ${JSON.stringify(locale)}`);
	const site = await loadSite();
	const list = changes(site).slice(0, RECENT_CHANGES);
	const link = (path: string) => escapeXml(publicUrl(path, origin));
	const self = localeFileUrl(locale, ROUTES.feed);
	const page = pageUrl(locale, VIEW.whatsNew);
	const updated = list[0]?.updated ?? '1970-01-01T00:00:00Z';
	const entries = list.map((change) => {
		const url = entityUrl(locale, change.entry);
		const summary = [
			'summary' in change.entry.data ? change.entry.data.summary[locale] : change.entry.data.title[locale],
			change.source ? `${t(locale, 'promptedBy')} ${entityName(change.source, locale)}.` : '',
			change.note?.[locale] ?? '',
		]
			.filter(Boolean)
			.join(' ');
		return `	<entry>
		<id>${escapeXml(idOf(url, origin))}</id>
		<title>${escapeXml(entityName(change.entry, locale))}</title>
		<updated>${change.updated}</updated>
		<link rel="alternate" type="text/html" href="${link(url)}"/>
		<category term="${change.entry.collection}" label="${escapeXml(t(locale, `kind.${change.entry.collection}`))}"/>
		<summary>${escapeXml(summary)}</summary>
	</entry>`;
	});
	const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
	<id>${escapeXml(idOf(page, origin))}</id>
	<title>${escapeXml(`${t(locale, 'siteTitle')}${t(locale, 'colon')}${t(locale, 'whatsNew')}`)}</title>
	<subtitle>${escapeXml(t(locale, 'whatsNewIntro'))}</subtitle>
	<updated>${updated}</updated>
	<author><name>${escapeXml(t(locale, 'siteTitle'))}</name></author>
	<link rel="self" type="application/atom+xml" href="${link(self)}"/>
	<link rel="alternate" type="text/html" href="${link(page)}"/>
${entries.join('\n')}
</feed>
`;
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
