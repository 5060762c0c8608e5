/**
 * The site's base path (`/` or `/briefings/`), fixed at build time. The loader
 * and the highlighter compute it inline instead of importing this module: a
 * module shared with the search UI would become a chunk of its own, one more
 * request on every page.
 */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
