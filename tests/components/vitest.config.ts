/// <reference types="vitest/config" />
import '../../scripts/lib/offline-env.ts';
import { getViteConfig } from 'astro/config';
import { FIXTURE_COLLECTION } from './fixture-collection.ts';

/** Components are rendered by Astro's Container API, so the project needs Astro's Vite setup. */
export default getViteConfig({
	test: {
		name: 'components',
		root: '../..',
		include: ['tests/components/**/*.test.ts'],
		globalSetup: ['tests/components/sync-content.ts'],
		env: { BRIEFINGS_DIR: FIXTURE_COLLECTION },
		// How Astro compiles a component depends on astro.config.mjs, which vitest's module
		// cache does not see: a cached component could be compiled for a config long gone.
		fsModuleCache: false,
	},
});
