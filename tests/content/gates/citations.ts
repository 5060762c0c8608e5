/**
 * Every citation lands: each `[¶n]` on every page links to a paragraph that
 * exists, on the source page of the same language. And an entity's page cites
 * the same paragraphs in both languages.
 */
import { readdirSync } from 'node:fs';
import { builtPage, fileOfPage, LANGUAGE, LOCALES, pagePath, type GateContext } from './context.ts';

const CITATION = /^\/(\w+)\/sources\/([a-z0-9-]+)\/#(p\d+)$/;

/** The pages of a language's edition, as `en/people/x/`. */
function pagesOf(ctx: GateContext, locale: string): string[] {
	return (readdirSync(`${ctx.site}/${locale}`, { recursive: true }) as string[])
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `${locale}/${file.replace(/index\.html$/, '')}`);
}

/** The citation links of a page, as `source#pN`. */
function citationsOn(document: Document): string[] {
	return [...document.querySelectorAll('sup.cite a')].map((a) => a.getAttribute('href') ?? '');
}

export function citationsLandGate(ctx: GateContext): string[] {
	const problems: string[] = [];
	for (const locale of LOCALES) {
		for (const path of pagesOf(ctx, locale)) {
			for (const href of citationsOn(builtPage(ctx, path)!)) {
				const match = CITATION.exec(href);
				const target = match && builtPage(ctx, `${match[1]}/sources/${match[2]}/`);
				if (!match || match[1] !== locale || !target?.getElementById(match[3]!))
					problems.push(
						`${fileOfPage(ctx, path)}: the ${LANGUAGE[locale]} page ${path} cites ${href}, which leads to no paragraph; expected a paragraph of the source, on its ${LANGUAGE[locale]} page`,
					);
			}
		}
	}
	return problems;
}

export function sameCitationsGate(ctx: GateContext): string[] {
	const problems: string[] = [];
	for (const entry of ctx.entries) {
		const cited = LOCALES.map((locale) => {
			const document = builtPage(ctx, pagePath(entry, locale));
			return new Set(document ? citationsOn(document).map((href) => href.replace(/^\/\w+\//, '')) : []);
		});
		const [first, ...others] = cited;
		others.forEach((set, i) => {
			const locale = LOCALES[i + 1]!;
			const missing = [...first!].filter((c) => !set.has(c));
			const extra = [...set].filter((c) => !first!.has(c));
			const show = (list: string[]) => list.map((c) => c.replace(/\/#p/, ' ¶').replace(/^sources\//, '')).join(', ');
			const [one, other] = [LANGUAGE[LOCALES[0]], LANGUAGE[locale]];
			const parts = [
				...(missing.length > 0 ? [`the ${one} page cites ${show(missing)} and the ${other} page does not`] : []),
				...(extra.length > 0 ? [`the ${other} page cites ${show(extra)} and the ${one} page does not`] : []),
			];
			if (parts.length > 0)
				problems.push(`${entry.file}: ${parts.join('; ')}; expected both languages to cite the same paragraphs`);
		});
	}
	return problems;
}
