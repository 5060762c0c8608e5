/**
 * The components a briefing body is drawn with on a page in one language:
 * each author component (`src/lib/body/components.ts`) as an Astro component
 * of this folder. Of the language blocks, only the page's language is drawn.
 */
import { LANGUAGE_BLOCKS, type AuthorComponent, type LanguageBlock } from '../../lib/body/components.ts';
import type { Locale } from '../../lib/locales.ts';
import Background from './Background.astro';
import BottomLine from './BottomLine.astro';
import Cite from './Cite.astro';
import Inferred from './Inferred.astro';
import Language from './Language.astro';
import Link from './Link.astro';
import OtherLanguage from './OtherLanguage.astro';
import WhyItMatters from './WhyItMatters.astro';

export function bodyComponents(locale: Locale) {
	const blocks = Object.fromEntries(
		Object.entries(LANGUAGE_BLOCKS).map(([name, language]) => [name, language === locale ? Language : OtherLanguage]),
	) as Record<LanguageBlock, typeof Language>;
	return {
		...blocks,
		BottomLine,
		WhyItMatters,
		Link,
		Cite,
		Inferred,
		Background,
	} satisfies Record<AuthorComponent, unknown>;
}
