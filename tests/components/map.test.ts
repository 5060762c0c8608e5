import { expect, test } from 'vitest';
import LocatorMap from '../../src/components/map/LocatorMap.astro';
import RegionMap from '../../src/components/map/RegionMap.astro';
import { render } from './render.ts';

/** The links of the map, as a reader tabbing through it meets them: where each goes, its name, its shading. */
function links(document: Document) {
	return [...document.querySelectorAll('svg a')].map((a) => ({
		href: a.getAttribute('href'),
		name: a.getAttribute('aria-label'),
		shade: a.getAttribute('class') || null,
	}));
}

test('every country and city of the collection is a link, shaded by the events that involve it', async () => {
	const document = await render(RegionMap, 'en', { describedBy: 'intro' });
	// Northland hosted the summit and its people met; Southland's people took part; Westland has no events.
	expect(links(document)).toEqual([
		{ href: '/en/countries/fi/', name: 'Northland: Events: 2', shade: 'shade-2' },
		{ href: '/en/countries/it/', name: 'Southland: Events: 2', shade: 'shade-2' },
		{ href: '/en/countries/se/', name: 'Westland: Events: 0', shade: 'shade-0' },
		{ href: '/en/cities/capital/', name: 'Capital: Events: 2', shade: null },
	]);
	for (const a of document.querySelectorAll('.countries a'))
		expect(a.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
	// The rest of the world is drawn, but is not a link.
	expect(document.querySelector('path.land')?.getAttribute('d')?.length).toBeGreaterThan(1000);
	expect(document.querySelector('path.land')?.closest('a')).toBeNull();
});

test('the city sits inside its country, labelled on the side its language reads from', async () => {
	const [en, ar] = await Promise.all([
		render(RegionMap, 'en', { describedBy: 'intro' }),
		render(RegionMap, 'ar', { describedBy: 'intro' }),
	]);
	const label = (document: Document) => {
		const city = document.querySelector('.cities a')!;
		const dot = Number(city.querySelector('circle')!.getAttribute('cx'));
		const text = city.querySelector('text')!;
		return { name: text.textContent, side: Math.sign(Number(text.getAttribute('x')) - dot) };
	};
	expect(label(en)).toEqual({ name: 'Capital', side: 1 });
	expect(label(ar)).toEqual({ name: 'العاصمة', side: -1 });
	expect(links(ar)[0]).toEqual({ href: '/ar/countries/fi/', name: 'أرض الشمال: الأحداث: 2', shade: 'shade-2' });
});

test('a summit’s locator map picks out its country and city, and names them for screen readers', async () => {
	const document = await render(LocatorMap, 'en', { id: 'first-summit' });
	const svg = document.querySelector('figure.locator svg')!;
	expect(svg.getAttribute('role')).toBe('img');
	expect(svg.getAttribute('aria-label')).toBe('Capital, Northland on the map of the region');
	expect(svg.querySelectorAll('path.subject')).toHaveLength(1);
	expect(svg.querySelectorAll('circle.city')).toHaveLength(1);
	expect(document.querySelector('figcaption a')?.getAttribute('href')).toBe('/en/map/');
});

test('a country’s locator map marks its cities; one with none marks only the country', async () => {
	const northland = await render(LocatorMap, 'en', { id: 'fi' });
	expect(northland.querySelectorAll('circle.city')).toHaveLength(1);
	const westland = await render(LocatorMap, 'ar', { id: 'se' });
	expect(westland.querySelector('svg')?.getAttribute('aria-label')).toBe('أرض الغرب على خريطة المنطقة');
	expect(westland.querySelectorAll('path.subject')).toHaveLength(1);
	expect(westland.querySelectorAll('circle.city')).toHaveLength(0);
});
