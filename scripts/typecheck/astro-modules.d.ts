/**
 * For `tsc` alone: an `.astro` import is a component. `astro check` types the
 * `.astro` files themselves and their props; `tsc` checks every `.ts` file
 * (tests and scripts too), which `astro check` leaves out.
 */
declare module '*.astro' {
	import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

	const Component: AstroComponentFactory;
	export default Component;
}
