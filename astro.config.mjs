// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { briefingBody } from './src/mdx/briefing-body.ts';
import { languageBlocks } from './src/mdx/language-blocks.ts';
import { basePath } from './src/lib/base-path.ts';
import { LOCALES } from './src/lib/locales.ts';

/**
 * BASE_PATH serves the site under a sub-path (for example `/briefings/`).
 * SITE_URL, when set, is the origin it is published at, and canonical links
 * become absolute; by default every link stays on whatever origin serves it.
 */
export default defineConfig({
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	base: basePath(process.env.BASE_PATH),
	// The content store lives where both `astro build` and the Vite dev server
	// (and so the component tests) look for it.
	cacheDir: './.astro',
	trailingSlash: 'always',
	// One external stylesheet: cacheable, and allowed by a strict `style-src 'self'`. Four pages at a
	// time: one renders while the others' files are written (a fifth faster than one at a time).
	build: { inlineStylesheets: 'never', concurrency: 4 },
	i18n: {
		locales: [...LOCALES],
		defaultLocale: LOCALES[0],
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	devToolbar: { enabled: false },
	// Briefings are MDX, compiled by @astrojs/mdx with Sätteri (its default processor); the plugin tells
	// each author component which briefing it is in (src/mdx/briefing-body.ts).
	integrations: [mdx({ processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [briefingBody] }) })],
	vite: {
		// Each page draws only its language's block of a briefing (src/mdx/language-blocks.ts).
		plugins: [languageBlocks()],
		build: {
			// Never inline a file as a data: URL: the Content-Security-Policy allows scripts from the site only.
			assetsInlineLimit: 0,
			rolldownOptions: {
				onLog(level, log, handler) {
					// Astro's own compiled MDX modules trip this bundler warning: harmless, and open upstream
					// (withastro/astro#18087). Every other warning still shows.
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
});
