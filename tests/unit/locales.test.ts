/**
 * A collection chooses its languages in `site.yaml`; the code reads them before
 * anything else loads, and falls back to English and Arabic whenever the file
 * does not name them rightly (the content check then says what is wrong).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DEFAULT_LOCALES } from '../../src/lib/language-table.ts';
import { collectionLocales } from '../../src/lib/locales.ts';

async function collectionWith(settings: string | undefined): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'languages-'));
	if (settings !== undefined) await writeFile(join(dir, 'site.yaml'), settings);
	return dir;
}

test.each<[string, string | undefined, readonly string[]]>([
	['three languages, in the order given', 'languages: [fr, en, ar]\n', ['fr', 'en', 'ar']],
	['two languages without Arabic', 'languages: [en, fr]\n', ['en', 'fr']],
	['no settings file', undefined, DEFAULT_LOCALES],
	['settings without languages', 'internal: true\n', DEFAULT_LOCALES],
	['a language the interface lacks', 'languages: [en, de]\n', DEFAULT_LOCALES],
	['one language only', 'languages: [fr]\n', DEFAULT_LOCALES],
	['a language twice', 'languages: [en, en]\n', DEFAULT_LOCALES],
	['a file that is not YAML', 'languages: [en,\n', DEFAULT_LOCALES],
])('%s', async (_, settings, expected) => {
	expect(collectionLocales(await collectionWith(settings))).toEqual(expected);
});
