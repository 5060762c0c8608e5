/**
 * A briefing holds every language, one block each (`<En>`, `<Ar>`); a page
 * shows one. Astro draws a component's children before the component itself
 * decides what to show, so a block component that drew nothing for another
 * language would still have every link, citation and mark in it drawn, then
 * thrown away. This Vite plugin, run on the module @astrojs/mdx compiles from
 * a briefing, makes each block's call depend on the `lang` the page passes to
 * `<Content lang=… />`: the other language's blocks are never drawn.
 *
 * The compiled module calls each block as `_jsxs(En, {`; the checker has
 * proven the blocks are at the top level, never nested.
 */
import type { Plugin } from 'vite';
import { LANGUAGE_BLOCKS } from '../lib/body/components.ts';

const BLOCK_CALL = new RegExp(`\\b(_jsxs?)\\((${Object.keys(LANGUAGE_BLOCKS).join('|')}), \\{`, 'g');

/** The compiled body with each language block drawn only for its language. */
export function selectLanguage(code: string): string {
	return code.replace(
		BLOCK_CALL,
		(_call, jsx: string, block: keyof typeof LANGUAGE_BLOCKS) =>
			`props.lang === ${JSON.stringify(LANGUAGE_BLOCKS[block])} && ${jsx}(${block}, {`,
	);
}

export function languageBlocks(): Plugin {
	return {
		name: 'briefings:language-blocks',
		enforce: 'post',
		transform: {
			filter: { id: /\.mdx$/ },
			handler: (code) => ({ code: selectLanguage(code), map: null }),
		},
	};
}
