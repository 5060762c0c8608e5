/**
 * Where a page sits in the site, for the sidebar, the breadcrumbs, previous
 * and next, and the structured data search engines read. Everything is
 * derived from a page's path inside its language (`people/tokayev/`) and the
 * collection, and is computed once per build.
 */
import { compareDates, yearOf } from '../lib/dates.ts';
import type { Locale } from '../lib/language-table.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import { t } from '../i18n/ui.ts';
import { PACKS_SECTION, ROUTES, sectionOf, VIEWS } from './routes.ts';
import { eventDate, isEvent, type AnyEntry, type Site } from './site.ts';
import { entityName } from './entity-names.ts';
import { entityUrl, pageUrl } from './urls.ts';

/** How many neighbours either side of the current page the sidebar lists in its group. */
const NEIGHBOURS = 6;

export interface Crumb {
	label: string;
	href: string;
}

/** What a path points at: a collection's index, an entity of it, or a view. */
export function pageOf(site: Site, path: string): { section?: string; entry?: AnyEntry | undefined } {
	const [first = '', second] = path.split('/').filter(Boolean);
	const entry = second === undefined ? undefined : site.byId.get(second);
	if (entry && entry.collection === first) return { section: first, entry };
	if (first === PACKS_SECTION && second) return { section: 'summits', entry: site.byId.get(second) };
	return first ? { section: first } : {};
}

/** The group an entry is filed under in its collection: people by country, events and sources by year. */
export function groupOf(site: Site, entry: AnyEntry): { key: string; entry?: AnyEntry | undefined } | undefined {
	if (entry.collection === 'people') {
		const id = entry.data.country?.id ?? entry.data.organisation?.id;
		return id ? { key: id, entry: site.byId.get(id) } : undefined;
	}
	if (isEvent(entry)) return { key: String(yearOf(eventDate(entry))) };
	if (entry.collection === 'sources') return { key: String(yearOf(entry.data.date)) };
	if (entry.collection === 'cities') return { key: entry.data.country.id, entry: site.byId.get(entry.data.country.id) };
	return undefined;
}

const ordered = new Map<string, AnyEntry[]>();

/** A collection in reading order: events and sources by date, everything else by name. */
export function inOrder(site: Site, collection: CollectionName, locale: Locale): AnyEntry[] {
	const key = `${collection}:${locale}`;
	let list = ordered.get(key);
	if (!list) {
		const byName = (a: AnyEntry, b: AnyEntry) => entityName(a, locale).localeCompare(entityName(b, locale), locale);
		const dateOf = (e: AnyEntry) => (isEvent(e) ? eventDate(e) : e.collection === 'sources' ? e.data.date : '');
		list = [...site[collection]].sort((a, b) => compareDates(dateOf(a), dateOf(b)) || byName(a, b));
		ordered.set(key, list);
	}
	return list;
}

export interface Group {
	/** `kz`, `2022`, or '' for a collection that is not grouped. */
	key: string;
	/** The entity the group is, when it is one (a country). */
	entry?: AnyEntry | undefined;
	label: string;
	members: AnyEntry[];
}

const grouped = new Map<string, Group[]>();

/**
 * A collection in its groups, as its index and the sidebar show it: groups
 * that are entities by name, years newest first; members in reading order.
 */
export function groupsOf(site: Site, collection: CollectionName, locale: Locale): Group[] {
	const key = `${collection}:${locale}`;
	let groups = grouped.get(key);
	if (!groups) {
		const byKey = new Map<string, Group>();
		for (const entry of inOrder(site, collection, locale)) {
			const group = groupOf(site, entry);
			const k = group?.key ?? '';
			let g = byKey.get(k);
			if (!g)
				byKey.set(
					k,
					(g = { key: k, entry: group?.entry, label: group?.entry ? entityName(group.entry, locale) : k, members: [] }),
				);
			g.members.push(entry);
		}
		groups = [...byKey.values()].sort((a, b) =>
			a.entry && b.entry ? a.label.localeCompare(b.label, locale) : b.key.localeCompare(a.key),
		);
		grouped.set(key, groups);
	}
	return groups;
}

/** The entries before and after one in its collection's order. */
export function neighbours(
	site: Site,
	entry: AnyEntry,
	locale: Locale,
): { previous?: AnyEntry | undefined; next?: AnyEntry | undefined } {
	const list = inOrder(site, entry.collection, locale);
	const index = list.indexOf(entry);
	return { previous: list[index - 1], next: list[index + 1] };
}

/** Home › People › Kazakhstan › Tokayev: the trail to a page, the page itself last. */
export function breadcrumbs(site: Site, locale: Locale, path: string, title: string): Crumb[] {
	const home = { label: t(locale, 'home'), href: pageUrl(locale) };
	if (path === '') return [home];
	const { section, entry } = pageOf(site, path);
	const trail: Crumb[] = [home];
	if (section && (COLLECTION_NAMES as string[]).includes(section)) {
		const list = pageUrl(locale, ROUTES.collection(section as CollectionName));
		trail.push({ label: t(locale, `list.${section as CollectionName}`), href: list });
		const group = entry ? groupOf(site, entry) : undefined;
		if (group) {
			trail.push(
				group.entry
					? { label: entityName(group.entry, locale), href: entityUrl(locale, group.entry) }
					: { label: group.key, href: `${list}#group-${group.key}` },
			);
		}
		if (entry && sectionOf(path) === PACKS_SECTION)
			trail.push({ label: entityName(entry, locale), href: entityUrl(locale, entry) });
	}
	const last = { label: title, href: pageUrl(locale, path) };
	return trail.at(-1)?.href === last.href ? trail : [...trail, last];
}

export interface SidebarSection {
	label: string;
	href: string;
	count?: number;
	current: boolean;
	/** For the current section: its groups, the current one open with the pages around the current page. */
	groups?: SidebarGroup[];
}

export interface SidebarGroup {
	label: string;
	href: string;
	current: boolean;
	/** Pages of the current group: the current page's neighbours, not all of them. */
	items?: { label: string; href: string; current: boolean }[];
	/** How many the group holds, when the sidebar shows only some. */
	total?: number;
}

/**
 * The sidebar: every section and view, the current section open. A section
 * lists its groups (people by country, events by year); the current group
 * lists the pages around the current one and links to the full index, so a
 * page carries a few dozen links however large the collection grows.
 */
export function sidebar(
	site: Site,
	locale: Locale,
	path: string,
): { sections: SidebarSection[]; views: SidebarSection[] } {
	const { section, entry } = pageOf(site, path);
	const sections = COLLECTION_NAMES.map((name): SidebarSection => {
		const href = pageUrl(locale, ROUTES.collection(name));
		const item: SidebarSection = {
			label: t(locale, `list.${name}`),
			href,
			count: site[name].length,
			current: section === name,
		};
		if (!item.current) return item;
		const currentKey = entry ? (groupOf(site, entry)?.key ?? '') : undefined;
		item.groups = groupsOf(site, name, locale).map((group): SidebarGroup => {
			const current = group.key === currentKey;
			const index = entry ? group.members.indexOf(entry) : -1;
			const shown = current ? group.members.slice(Math.max(0, index - NEIGHBOURS), index + NEIGHBOURS + 1) : [];
			return {
				label: group.label || t(locale, `list.${name}`),
				href: group.key ? `${href}#group-${group.key}` : href,
				current,
				...(current
					? {
							items: shown.map((e) => ({
								label: entityName(e, locale),
								href: entityUrl(locale, e),
								current: e === entry,
							})),
							total: group.members.length,
						}
					: {}),
			};
		});
		// A collection with no groups (organisations, topics) lists its pages around the current one.
		if (item.groups.length === 1 && !currentKey && entry === undefined) item.groups = [];
		return item;
	});
	const views = VIEWS.map(({ path, label }): SidebarSection => ({
		label: t(locale, label),
		href: pageUrl(locale, path),
		current: section === sectionOf(path),
	}));
	return { sections, views };
}
