/**
 * Where a collection lives: the folder of its files, and the settings file
 * beside its collections. Every reader of the content starts here.
 */

/**
 * The folder the content is read from: `briefings/`, or `BRIEFINGS_DIR` when
 * set (tests and the benchmark build other collections with the same code).
 */
export function briefingsDir(): string {
	return process.env['BRIEFINGS_DIR'] ?? 'briefings';
}

/** The file of site-wide settings, in the content folder beside the collections. */
export const SETTINGS_FILE = 'site.yaml';
