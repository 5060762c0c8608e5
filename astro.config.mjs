// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { citeSourcePlugin } from './src/lib/cite-source-plugin.ts';

/**
 * BASE_PATH serves the site under a sub-path (for example `/briefings/`).
 * SITE_URL, when set, is the origin it is published at, and canonical links
 * become absolute; by default every link stays on whatever origin serves it.
 */
export default defineConfig({
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	base: process.env.BASE_PATH ?? '/',
	// The content store lives where both `astro build` and the Vite dev server
	// (and so the component tests) look for it.
	cacheDir: './.astro',
	trailingSlash: 'always',
	// One external stylesheet: cacheable, and allowed by a strict `style-src 'self'`.
	build: { inlineStylesheets: 'never' },
	integrations: [mdx()],
	markdown: { processor: satteri({ mdastPlugins: [citeSourcePlugin] }) },
	i18n: {
		locales: ['en', 'ar'],
		defaultLocale: 'en',
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					// Astro's own MDX modules trip this bundler warning; it is harmless and
					// tracked upstream (withastro/astro#18087). Any other warning still shows.
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
});
