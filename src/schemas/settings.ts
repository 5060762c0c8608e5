import { z } from 'astro/zod';
import { KNOWN_LOCALES, MIN_LANGUAGES } from '../lib/language-table.ts';
import { localizedText } from './common.ts';

/** Settings for the whole site: `briefings/site.yaml`. The file and every field are optional. */
export const settingsSchema = z.strictObject({
	/**
	 * The languages the site is built in, the first its default: every page
	 * exists in each, and every text of the content is written in each
	 * (`languages: [en, ar, fr]`). Any language the interface is written in
	 * (`src/i18n/`), two or more, each once. English and Arabic when absent.
	 */
	languages: z
		.array(z.enum(KNOWN_LOCALES))
		.min(MIN_LANGUAGES, `expected ${MIN_LANGUAGES} languages or more: every page links its other editions`)
		.refine((list) => new Set(list).size === list.length, 'names a language twice; expected each language once')
		.optional(),
	/**
	 * The handling mark every page carries at its top and bottom, on screen,
	 * on every printed page and on every page of a PDF pack, in each language:
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
