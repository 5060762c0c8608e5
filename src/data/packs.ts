/**
 * Briefing packs: one per summit, holding the summit, the meetings held
 * alongside it and every participant. The pack page, its printed running
 * heads and its PDF all take their title and contents from here.
 */
import { ROUTES } from './routes.ts';
import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/ui.ts';
import { formatDate, formatDateRange } from '../lib/format.ts';
import type { Locale } from '../lib/language-table.ts';
import { PACK_PRINT_CSS, packPdfName } from '../lib/pack-files.ts';
import { entryOf, type BriefingEntry, type Site } from './site.ts';
import { localeFileUrl } from './urls.ts';

/** Whether this build prints the packs as PDF (`npm run build -- --pdf`): only then do pack pages link them. */
export const PDF_PACKS = process.env['BRIEFINGS_PDF'] === '1';

export interface Pack {
	/** "Briefing pack: Sixth CICA Summit". */
	title: string;
	/** The summit's dates, as written in the language. */
	dates: string;
	/** The pack's sections, in order, each with its briefings. */
	contents: { heading: string; entries: BriefingEntry[] }[];
}

export function packOf(site: Site, summit: CollectionEntry<'summits'>, locale: Locale): Pack {
	const meetings = site.graph.marginMeetings(summit.id).map((id) => entryOf(site, 'meetings', id));
	const people = site.graph.participantsOf(summit.id).map((id) => entryOf(site, 'people', id));
	const { startDate, endDate } = summit.data;
	return {
		title: `${t(locale, 'pack')}${t(locale, 'colon')}${summit.data.shortName[locale]}`,
		dates: endDate ? formatDateRange(startDate, endDate, locale) : formatDate(startDate, locale),
		contents: [
			{ heading: t(locale, 'kind.summits'), entries: [summit] },
			{ heading: t(locale, 'list.meetings'), entries: meetings },
			{ heading: t(locale, 'participants'), entries: people },
		].filter((section) => section.entries.length > 0),
	};
}

/** Where a pack's PDF is published, in a language. */
export function packPdfUrl(locale: Locale, summit: string): string {
	return localeFileUrl(locale, ROUTES.packFile(summit, packPdfName(locale, summit)));
}

/** Where a pack's print stylesheet is (its running heads). */
export function packPrintCssUrl(locale: Locale, summit: string): string {
	return localeFileUrl(locale, ROUTES.packFile(summit, PACK_PRINT_CSS));
}
