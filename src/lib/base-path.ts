/**
 * The base path the site is served under, as every part of it uses it: `/`,
 * or a sub-path with a slash at each end (`/briefings/`), however it was
 * written (`briefings`, `/briefings`, `BASE_PATH=/briefings//`).
 */
export function basePath(written: string | undefined): string {
	const trimmed = (written ?? '').replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
