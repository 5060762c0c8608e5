/** Every entry has its page in each language, with its name as the one title. */
import { builtPage, LANGUAGE, LOCALES, namesOf, pagePath, type GateContext } from './context.ts';

export function pagesGate(ctx: GateContext): string[] {
	const problems: string[] = [];
	for (const entry of ctx.entries) {
		for (const locale of LOCALES) {
			const path = pagePath(entry, locale);
			const document = builtPage(ctx, path);
			if (!document) {
				problems.push(
					`${entry.file}: has no ${LANGUAGE[locale]} page (${path}); expected the build to make one: run npm run build and fix what it reports`,
				);
				continue;
			}
			const title = [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim() ?? '');
			const name = namesOf(entry).name[locale];
			if (title.length !== 1 || title[0] !== name)
				problems.push(
					`${entry.file}: the ${LANGUAGE[locale]} page (${path}) is titled ${JSON.stringify(title.join(' / '))}; expected its name, ${JSON.stringify(name)}`,
				);
		}
	}
	return problems;
}
