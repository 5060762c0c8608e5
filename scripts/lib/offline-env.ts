/**
 * Imported first by every script of the project: Astro must never reach the
 * network on its own. Its anonymous usage telemetry and the dev server's update
 * check are both switched off here, for this process and every child it starts,
 * so nobody has to run `astro telemetry disable` on their machine.
 */
export const OFFLINE_ENV = {
	/** Read by @astrojs/telemetry at each event: any non-empty value turns it off. */
	ASTRO_TELEMETRY_DISABLED: '1',
	/** The dev server's check for a newer Astro on the npm registry. */
	ASTRO_DISABLE_UPDATE_CHECK: 'true',
} as const;

Object.assign(process.env, OFFLINE_ENV);
