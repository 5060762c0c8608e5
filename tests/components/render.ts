/** Renders a component of the site with the Container API, as a page in a language would. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import type { Locale } from '../../src/lib/language-table.ts';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

export async function render(component: Component, lang: Locale, props: Record<string, unknown> = {}) {
	container ??= await AstroContainer.create();
	const html = await container.renderToString(component, { props, params: { lang } });
	return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** An element's text as a reader sees it, without the hidden reasons of its marks. */
export function visibleText(element: Element): string {
	const copy = element.cloneNode(true) as Element;
	for (const tip of copy.querySelectorAll('.mark-tip')) tip.remove();
	return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
