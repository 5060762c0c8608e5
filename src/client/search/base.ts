/**
 * The site's base path (`/` or `/briefings/`), fixed at build time, for the
 * search UI. The loader computes it inline instead of importing this module
 * (Astro's BASE_URL is normalised by `basePath` in the config already): a module
 * shared by the loader and the UI would become a chunk of its own, one more
 * request on every page.
 */
import { basePath } from '../../lib/base-path.ts';

export const BASE = basePath(import.meta.env.BASE_URL);
