/**
 * HTML rendered once per build and reused: a briefing's body appears on its
 * own page and in every briefing pack of every summit its subject attended,
 * and its MDX is the costliest part of a page to render.
 */
export const renderedHtml = new Map<string, string>();
