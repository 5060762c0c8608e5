import { z } from 'astro/zod';
import { localizedText } from './common.ts';

/** The file of site-wide settings, in the content folder beside the collections. */
export const SETTINGS_FILE = 'site.yaml';

/** Settings for the whole site: `briefings/site.yaml`. The file and every field are optional. */
export const settingsSchema = z.strictObject({
	/**
	 * The handling mark every page carries at its top and bottom, on screen,
	 * on every printed page and on every page of a PDF pack, in both languages:
	 * `{ en: "Official — internal use", ar: "رسمي — للاستخدام الداخلي" }`.
	 * No mark is shown when it is absent.
	 */
	handlingMark: localizedText.optional(),
	/**
	 * For use inside the organisation only: every page asks search engines and
	 * archives to keep away (`<meta name="robots" content="noindex, nofollow">`),
	 * the portable edition's pages too. True by default whenever a handling mark
	 * is set; write `internal: false` for a site meant to be found.
	 */
	internal: z.boolean().optional(),
});

export type Settings = z.output<typeof settingsSchema>;
