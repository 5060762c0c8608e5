/**
 * schema.org JSON-LD for a page: its breadcrumb trail and, on an entity's
 * page, the entity itself (a Person, an Event, an Organization, a Place, a
 * Thing, or the source as a CreativeWork), so that an intranet search engine
 * understands what the page is about. Facts the sources do not state are left
 * out of it: structured data has no room for a reason.
 */
import type { Locale } from '../lib/language-table.ts';
import { allNames } from '../lib/names.ts';
import { t } from '../i18n/ui.ts';
import type { Crumb } from './navigation.ts';
import { type AnyEntry, type Site } from './site.ts';
import { entityName } from './entity-names.ts';
import { entityUrl, publicUrl } from './urls.ts';

type Json = Record<string, unknown>;

function entityData(site: Site, entry: AnyEntry, locale: Locale, url: (path: string) => string): Json {
	const name = entityName(entry, locale);
	const base: Json = {
		'@id': url(entityUrl(locale, entry)),
		url: url(entityUrl(locale, entry)),
		name,
		inLanguage: locale,
	};
	const known = (field: string) => {
		const data = entry.data as { inferred?: Record<string, unknown>; background?: Record<string, unknown> };
		return !data.inferred?.[field] && !data.background?.[field];
	};
	const alternateName = allNames(entry.data).filter((n) => n !== name);
	if (alternateName.length > 0) base['alternateName'] = alternateName;
	if ('summary' in entry.data) base['description'] = entry.data.summary[locale];
	const place = (id: string) => ({
		'@type': 'Place',
		name: entityName(site.byId.get(id)!, locale),
		url: url(entityUrl(locale, site.byId.get(id)!)),
	});
	switch (entry.collection) {
		case 'people':
			return {
				...base,
				'@type': 'Person',
				...(known('office') ? { jobTitle: entry.data.office[locale] } : {}),
				...(entry.data.country && known('country')
					? { nationality: { '@type': 'Country', name: entityName(site.byId.get(entry.data.country.id)!, locale) } }
					: {}),
			};
		case 'summits':
		case 'meetings': {
			const start = entry.collection === 'summits' ? entry.data.startDate : entry.data.date;
			const startField = entry.collection === 'summits' ? 'startDate' : 'date';
			const end = entry.collection === 'summits' ? entry.data.endDate : undefined;
			const city = entry.data.city?.id;
			return {
				...base,
				'@type': 'Event',
				...(known(startField) ? { startDate: start } : {}),
				...(end && known('endDate') ? { endDate: end } : {}),
				...(entry.collection === 'meetings' && entry.data.format === 'virtual' && known('format')
					? {
							eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
							location: { '@type': 'VirtualLocation', name: t(locale, 'format.virtual') },
						}
					: city && known('city')
						? { location: place(city) }
						: {}),
			};
		}
		case 'organisations':
			return { ...base, '@type': 'Organization' };
		case 'countries':
			return { ...base, '@type': 'Country' };
		case 'cities':
			return known('coordinates')
				? {
						...base,
						'@type': 'City',
						geo: {
							'@type': 'GeoCoordinates',
							longitude: entry.data.coordinates[0],
							latitude: entry.data.coordinates[1],
						},
					}
				: { ...base, '@type': 'City' };
		case 'topics':
			return { ...base, '@type': 'Thing' };
		case 'sources':
			return {
				...base,
				'@type': entry.data.kind === 'article' ? 'NewsArticle' : 'CreativeWork',
				headline: entry.data.title[locale],
				inLanguage: entry.data.language,
				...(known('date') ? { datePublished: entry.data.date } : {}),
				...(entry.data.publisher ? { publisher: { '@type': 'Organization', name: entry.data.publisher[locale] } } : {}),
			};
	}
}

/** The JSON-LD of a page, as the text of a `<script type="application/ld+json">`, safe inside HTML. */
export function structuredData(
	site: Site,
	locale: Locale,
	trail: Crumb[],
	entry: AnyEntry | undefined,
	origin: URL | undefined,
): string {
	const url = (path: string) => publicUrl(path, origin);
	const graph: Json[] = [
		{
			'@type': 'BreadcrumbList',
			itemListElement: trail.map((crumb, i) => ({
				'@type': 'ListItem',
				position: i + 1,
				name: crumb.label,
				item: url(crumb.href),
			})),
		},
	];
	if (entry) graph.push(entityData(site, entry, locale, url));
	// `<` is written as an escape, so no text can close the script element early.
	return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}
