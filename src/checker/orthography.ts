/**
 * Arabic spelling where a prefix meets a link. Arabic writes prepositions and
 * conjunctions onto the next word, and a link boundary hides mistakes that
 * a reader then sees: «لـالاتحاد» for «للاتحاد», «و الاتحاد» with a space.
 */
import { childrenOf, textOf, type BodyNode, type BriefingBody } from '../lib/body/tree.ts';
import { ARTICLE, CONJUNCTIONS, LAM_ARTICLE, PARTICLE_CLASS, TATWEEL } from '../lib/arabic-text.ts';
import { SCRIPT } from '../lib/language-table.ts';
import { LOCALES } from '../lib/locales.ts';
import type { StatementProblem } from './statements.ts';

/** What may end the text before a link, each a mistake when the link's text begins with the article. */
const LAM_BEFORE = new RegExp(`(^|[\\s(«"])ل${TATWEEL}?$`, 'u');
const LAM_ARTICLE_BEFORE = new RegExp(`(^|\\s)${LAM_ARTICLE}$`, 'u');
const ARTICLE_BEFORE = new RegExp(`(^|\\s)${ARTICLE}$`, 'u');
/** A particle written apart from the linked word, or a conjunction drawn out to it. */
const PARTICLE_APART = new RegExp(`(^|[\\s(«"])(${PARTICLE_CLASS})\\s+$`, 'u');
const CONJUNCTION_DRAWN = new RegExp(`(^|\\s)([${CONJUNCTIONS.join('')}])${TATWEEL}$`, 'u');

/** What is wrong where `before` (the text just before a link) meets the link's text `linked`; undefined if nothing. */
export function joinProblem(before: string, linked: string): string | undefined {
	const text = linked.trimStart();
	const startsWithArticle = text.startsWith(ARTICLE);
	const lam = LAM_BEFORE.exec(before);
	if (lam && startsWithArticle) {
		return `«ل${before.endsWith(TATWEEL) ? TATWEEL : ''}» before «${text.split(' ')[0]}»: with the article ل and ال merge into «لل»; expected «لل${text.slice(2).split(' ')[0]}», the preposition inside the link (<Link …>لل${text.slice(2).split(' ')[0]}…</Link>)`;
	}
	if (LAM_ARTICLE_BEFORE.test(before) && startsWithArticle) {
		return `«لل» before «${text.split(' ')[0]}» doubles the article; expected «لل${text.slice(2).split(' ')[0]}»`;
	}
	if (ARTICLE_BEFORE.test(before) && startsWithArticle) {
		return `«ال» before «${text.split(' ')[0]}» doubles the article; expected it written once`;
	}
	const apart = PARTICLE_APART.exec(before);
	if (apart) {
		return `«${apart[2]}» is written apart from «${text.split(' ')[0]}»; expected it joined to the word, with no space: «${apart[2]}${text.split(' ')[0]}»`;
	}
	const drawn = CONJUNCTION_DRAWN.exec(before);
	if (drawn) {
		return `«${drawn[2]}${TATWEEL}» is drawn out with a tatweel; expected «${drawn[2]}» joined directly to the word`;
	}
	return undefined;
}

/** Checks every link of each Arabic-script block against the text just before it. */
export function checkLinkJoins(body: BriefingBody): StatementProblem[] {
	const problems: StatementProblem[] = [];
	const walk = (nodes: BodyNode[]) => {
		nodes.forEach((node, index) => {
			if (typeof node === 'string') return;
			const previous = nodes[index - 1];
			if (node.t === 'link' && typeof previous === 'string' && node.c.length > 0) {
				const problem = joinProblem(previous, textOf(node.c));
				if (problem) problems.push({ line: node.l, message: `Arabic link join: ${problem}` });
			}
			walk(childrenOf(node));
		});
	};
	for (const locale of LOCALES) if (SCRIPT[locale] === 'Arabic') walk(body.blocks[locale]);
	return problems;
}
