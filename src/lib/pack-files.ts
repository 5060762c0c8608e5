/** The files a briefing pack has beside its page, named once for the site and the PDF printer. */
import type { Locale } from './language-table.ts';

/** The file name of a pack's PDF: it says what it is when it sits in a downloads folder. */
export function packPdfName(locale: Locale | string, summit: string): string {
	return `briefing-pack-${summit}-${locale}.pdf`;
}

/** The pack's print stylesheet: its running heads. */
export const PACK_PRINT_CSS = 'print.css';
