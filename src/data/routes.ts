/**
 * The site's routes: where each page and file sits inside a language's
 * edition (`/en/…`, `/ar/…`). Each matches a file of `src/pages/[lang]/`; the
 * pages, the sidebar, the breadcrumbs, previous and next, the links and the
 * tests all take their paths from here (`tests/site/routes.test.ts` finds
 * every one of them).
 */
import type { CollectionName } from '../schemas/index.ts';
import type { TextKey } from '../i18n/ui.ts';

/** The views beside the collections: the site's pages that are not an entry's. */
export const VIEW = {
	timeline: 'timeline/',
	attendance: 'attendance/',
	graph: 'graph/',
	map: 'map/',
	whatsNew: 'whats-new/',
	openQuestions: 'open-questions/',
	data: 'data/',
	search: 'search/',
} as const;

/** The views with their names, in the order the sidebar and the home page list them. */
export const VIEWS = [
	{ path: VIEW.timeline, label: 'timeline' },
	{ path: VIEW.attendance, label: 'attendance' },
	{ path: VIEW.graph, label: 'relationships' },
	{ path: VIEW.map, label: 'map' },
	{ path: VIEW.whatsNew, label: 'whatsNew' },
	{ path: VIEW.openQuestions, label: 'openQuestions' },
	{ path: VIEW.data, label: 'data' },
	{ path: VIEW.search, label: 'searchButton' },
] as const satisfies readonly { path: string; label: TextKey }[];

/** The section of the site a path is in (`graph`, `people`): its first segment. */
export const sectionOf = (path: string): string => path.split('/')[0] ?? '';

export const ROUTES = {
	/** The home page of an edition. */
	home: '',
	/** A collection's list of entries. */
	collection: (collection: CollectionName) => `${collection}/`,
	/** An entry's page. */
	entry: (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}/`,
	/** The attendance matrix of one year. */
	attendanceYear: (year: string | number) => `attendance/${year}/`,
	/** A summit's briefing pack, and the files beside it (its PDF, its print stylesheet). */
	pack: (summit: string) => `packs/${summit}/`,
	packFile: (summit: string, file: string) => `packs/${summit}/${file}`,
	/** A source beside its translation, with what cites each paragraph. */
	review: (source: string) => `sources/${source}/review/`,
	/** The Atom feed of *What's new*. */
	feed: 'feed.xml',
	/** How every page of the edition prints. */
	printCss: 'print.css',
} as const;

/** The first segment of a pack's path: a pack page files under the summit it is of. */
export const PACKS_SECTION = sectionOf(ROUTES.pack('-'));
