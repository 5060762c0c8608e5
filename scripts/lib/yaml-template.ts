/** Pieces of the YAML that the authoring commands (`new`, `new:source`) write for authors to fill in. */
import { LOCALES } from '../../src/lib/locales.ts';

/** A text in every language of the site, empty: `{ en: "", ar: "" }`. */
export const EMPTY_TEXT = `{ ${LOCALES.map((locale) => `${locale}: ""`).join(', ')} }`;
