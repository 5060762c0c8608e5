import { defineConfig } from 'vitest/config';

/**
 * Code tests, one project per scenario, all on collections made for them
 * (`tests/fixtures/`): pure modules, Astro components rendered with the
 * Container API, and the built site fixture (HTML checks and a real browser),
 * built once for the run. And the content gates (`tests/content/`): what the
 * real collection in `briefings/` must satisfy, built once for the run.
 */
export default defineConfig({
	test: {
		globalSetup: ['tests/temporary-folder.ts'],
		// `npm test` measures how much of the logic the tests run: the pure modules (src/lib), what
		// pages take from the collection (src/data) and the content checker (src/checker); it fails
		// below these floors, each folder on its own.
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts', 'src/data/**/*.ts', 'src/checker/**/*.ts'],
			// The summary per file (.scratch/coverage/coverage-summary.json) gives each layer's figures for the README.
			reporter: ['text-summary', 'json-summary'],
			reportsDirectory: '.scratch/coverage',
			thresholds: {
				'src/lib/**': { statements: 90, branches: 80, functions: 90, lines: 92 },
				'src/data/**': { statements: 85, branches: 65, functions: 85, lines: 88 },
				'src/checker/**': { statements: 85, branches: 75, functions: 80, lines: 88 },
			},
		},
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// Pure modules: a worker serves one file after another instead of a fresh one each.
					isolate: false,
				},
			},
			'tests/components/vitest.config.ts',
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: ['tests/site/build-site.ts'],
					// Builds and browsers share two cores: one file at a time keeps timings honest.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'content',
					include: ['tests/content/**/*.test.ts'],
					globalSetup: ['tests/content/build-content-site.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
