/**
 * Every mention of an entity in a briefing's text is a link to it, and no
 * link is glued to the letters of a longer word.
 */
import type { CheckedEntry } from '../../../src/checker/checked-entry.ts';
import {
	briefings,
	builtPage,
	LANGUAGE,
	LOCALES,
	namesOf,
	pagePath,
	type GateContext,
	type Locale,
} from './context.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How an entity's names appear in running text: whole words in English (any
 * case); in Arabic, also with an attached conjunction or preposition
 * (و، ف، ب، ل، ك، لل), as Arabic writes them.
 */
function mentionPattern(entry: CheckedEntry, locale: Locale): RegExp {
	const { name, shortName } = namesOf(entry);
	const names = [...new Set([name[locale], shortName?.[locale]].filter((n): n is string => !!n))];
	const alternatives = names.map(escape).join('|');
	return locale === 'ar'
		? new RegExp(`(?<![\\p{L}\\p{M}])(?:[وفبلك]|لل)?(?:${alternatives})(?![\\p{L}\\p{M}])`, 'u')
		: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}

/** What the body holds that is not the author's running text: the reasons of marks, the key facts. */
const NOT_TEXT = ['mark-wrap', 'infobox', 'disputes'];

/** The author's text in the body that is not inside a link. */
function unlinkedText(element: Element): string[] {
	const texts: string[] = [];
	const walk = (node: Node) => {
		if (node.nodeType === 3) texts.push(node.textContent ?? '');
		else if ((node as Element).tagName !== 'A' && !NOT_TEXT.some((name) => (node as Element).classList?.contains(name)))
			for (const child of node.childNodes) walk(child);
	};
	walk(element);
	return texts;
}

export function mentionsGate(ctx: GateContext): string[] {
	const problems: string[] = [];
	for (const briefing of briefings(ctx)) {
		for (const locale of LOCALES) {
			const document = builtPage(ctx, pagePath(briefing, locale));
			if (!document) continue; // the pages gate reports it
			const bodies = [...document.querySelectorAll('.briefing-body')];
			const text = bodies.flatMap(unlinkedText);
			for (const entity of ctx.entries) {
				if (entity.id === briefing.id) continue; // a page does not link to itself
				const pattern = mentionPattern(entity, locale);
				for (const chunk of text) {
					const found = pattern.exec(chunk);
					if (found)
						problems.push(
							`${briefing.file}: the ${LANGUAGE[locale]} text mentions ${JSON.stringify(found[0])} without a link in "${chunk.trim().slice(0, 60)}"; expected <Link to="${entity.id}">${found[0]}</Link>`,
						);
				}
			}
			for (const body of bodies)
				for (const match of body.innerHTML.matchAll(/<a class="entity-link"[^>]*>([^<]*)<\/a>(\p{L})/gu))
					problems.push(
						`${briefing.file}: in the ${LANGUAGE[locale]} text the link "${match[1]}" runs into the letter "${match[2]}"; expected the whole word inside <Link>…</Link>, or a space after it`,
					);
		}
	}
	return problems;
}
