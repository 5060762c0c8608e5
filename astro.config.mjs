// @ts-check
import { defineConfig } from 'astro/config';
import { LOCALES } from './src/lib/locales.ts';

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
	// One external stylesheet: cacheable, and allowed by a strict `style-src 'self'`. Four pages at a
	// time: one renders while the others' files are written (a fifth faster than one at a time).
	build: { inlineStylesheets: 'never', concurrency: 4 },
	i18n: {
		locales: [...LOCALES],
		defaultLocale: LOCALES[0],
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	devToolbar: { enabled: false },
	// Pages whose cache key (src/data/cache-keys.ts) and code are unchanged are copied from the last build.
	experimental: { incrementalBuild: true },
	// Never inline a file as a data: URL: the Content-Security-Policy allows scripts from the site only.
	vite: { build: { assetsInlineLimit: 0 } },
});
