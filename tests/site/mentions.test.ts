import { parseHTML } from 'linkedom';
import { beforeAll, expect, test } from 'vitest';
import { checkContent, type CheckedEntry } from '../../src/build/content/check.ts';
import { LOCALES, page } from '../helpers/site.ts';

type Locale = (typeof LOCALES)[number];
let entries: CheckedEntry[] = [];
beforeAll(async () => {
	entries = (await checkContent('briefings')).entries.filter((e) => e.collection !== 'sources');
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How an entity's names can appear in running text: whole words in English
 * (any case); in Arabic, also with an attached conjunction or preposition
 * (و، ف، ب، ل، ك، لل), as Arabic writes them.
 */
function mentionPattern(entry: CheckedEntry, locale: Locale): RegExp {
	const data = entry.data as { name: Record<Locale, string>; shortName?: Record<Locale, string> };
	const names = [...new Set([data.name[locale], data.shortName?.[locale]].filter((n): n is string => !!n))];
	const alternatives = names.map(escape).join('|');
	return locale === 'en'
		? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu')
		: new RegExp(`(?<![\\p{L}\\p{M}])(?:[وفبلك]|لل)?(?:${alternatives})(?![\\p{L}\\p{M}])`, 'u');
}

/** Text of the body that is not inside a link. */
function unlinkedText(element: Element): string[] {
	const texts: string[] = [];
	const walk = (node: Node) => {
		if (node.nodeType === 3) texts.push(node.textContent ?? '');
		// Links, and the reasons of marks (notes about the text, not the text), are left out.
		else if ((node as Element).tagName !== 'A' && !(node as Element).classList?.contains('mark-wrap'))
			for (const child of node.childNodes) walk(child);
	};
	walk(element);
	return texts;
}

test('every mention of an entity in a briefing body is a link to it', () => {
	const briefings = entries.filter((e) => e.body !== undefined);
	const unlinked: string[] = [];
	for (const briefing of briefings) {
		for (const locale of LOCALES) {
			const { document } = parseHTML(page(`${locale}/${briefing.collection}/${briefing.id}/`));
			const body = document.querySelector('.briefing-body')!;
			const text = unlinkedText(body);
			for (const entity of entries) {
				if (entity.id === briefing.id) continue; // a page does not link to itself
				const pattern = mentionPattern(entity, locale);
				for (const chunk of text) {
					const found = pattern.exec(chunk);
					if (found)
						unlinked.push(
							`${locale}/${briefing.collection}/${briefing.id}: "${found[0]}" (${entity.id}) in "${chunk.trim().slice(0, 80)}"`,
						);
				}
			}
		}
	}
	expect(unlinked).toEqual([]);
});

test('links in the body point to the entity they name', () => {
	const { document } = parseHTML(page('ar/summits/central-asia-eu-2022-astana/'));
	const link = [...document.querySelectorAll('.briefing-body a.entity-link')].find(
		(a) => a.textContent === 'شارل ميشيل',
	);
	expect(link?.getAttribute('href')).toBe('/ar/people/michel/');
});

test('no link to an entity is glued to the letters of a longer word', async () => {
	const glued: string[] = [];
	for (const briefing of entries.filter((e) => e.body !== undefined)) {
		const html = page(`en/${briefing.collection}/${briefing.id}/`);
		for (const match of html.matchAll(/<a class="entity-link"[^>]*>([^<]*)<\/a>(\p{L})/gu))
			glued.push(`${briefing.id}: ${match[1]}${match[2]}`);
	}
	expect(glued).toEqual([]);
});
