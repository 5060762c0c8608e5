/**
 * The components a briefing body is drawn with: each author component
 * (`src/lib/body/components.ts`) as an Astro component of this folder. A page
 * passes its language to the body (`<Content lang=… />`), which draws that
 * language's block only (`src/mdx/language-blocks.ts`).
 */
import { LANGUAGE_BLOCKS, type AuthorComponent, type LanguageBlock } from '../../lib/body/components.ts';
import Background from './Background.astro';
import BottomLine from './BottomLine.astro';
import Cite from './Cite.astro';
import Inferred from './Inferred.astro';
import Language from './Language.astro';
import Link from './Link.astro';
import WhyItMatters from './WhyItMatters.astro';

const blocks = Object.fromEntries(Object.keys(LANGUAGE_BLOCKS).map((name) => [name, Language])) as Record<
	LanguageBlock,
	typeof Language
>;

export const BODY_COMPONENTS = {
	...blocks,
	BottomLine,
	WhyItMatters,
	Link,
	Cite,
	Inferred,
	Background,
} satisfies Record<AuthorComponent, unknown>;
