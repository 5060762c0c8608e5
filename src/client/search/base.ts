/**
 * The site's base path (`/` or `/briefings/`), fixed at build time, for the
 * search UI. The loader computes it inline instead of importing this module:
 * a module shared by the loader and the UI would become a chunk of its own,
 * one more request on every page.
 */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
