/**
 * The Content-Security-Policy the site works under: nothing from any other
 * origin, no inline script or style, no worker (the search runs Pagefind
 * without its worker). Pagefind needs 'wasm-unsafe-eval' to run its WebAssembly.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
	'default-src': "'self'",
	'script-src': "'self' 'wasm-unsafe-eval'",
	'style-src': "'self'",
	'img-src': "'self' data:",
	'font-src': "'self'",
	'connect-src': "'self'",
	'worker-src': "'none'",
	'object-src': "'none'",
	'base-uri': "'self'",
	'form-action': "'self'",
};

/** Directives a `<meta>` element cannot carry; servers send them as a header. */
export const HEADER_ONLY_DIRECTIVES: Record<string, string> = {
	'frame-ancestors': "'none'",
};

export function cspString(directives: Record<string, string>): string {
	return Object.entries(directives)
		.map(([name, value]) => `${name} ${value}`)
		.join('; ');
}
