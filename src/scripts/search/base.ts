/** The site's base path (`/` or `/briefings/`), fixed at build time. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
