import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { allPages, page } from '../helpers/site.ts';

test('every page links to the same page in the other language', async () => {
	const pages = (await allPages()).filter((f) => /^(en|ar)\//.test(f));
	expect(pages.length).toBeGreaterThan(100);
	for (const file of pages) {
		const path = file.replace(/index\.html$/, '');
		const [locale, ...rest] = path.split('/');
		const other = locale === 'en' ? 'ar' : 'en';
		const { document } = parseHTML(page(path));
		const switcher = document.querySelector('a.language-switch');
		expect(switcher?.getAttribute('href'), file).toBe(`/${other}/${rest.join('/')}`);
		expect(switcher?.getAttribute('hreflang')).toBe(other);
		expect(document.querySelector(`link[rel="alternate"][hreflang="${other}"]`)).not.toBeNull();
	}
});

test('the root page offers both languages as plain links; its only script applies the chosen theme', () => {
	const { document } = parseHTML(page(''));
	const links = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
	expect(links).toEqual(['/en/', '/ar/']);
	expect(document.querySelector('[lang="ar"] a')?.textContent).toContain('العربية');
	expect([...document.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([
		expect.stringMatching(/^\/_astro\/theme-init\.[\w-]+\.js$/),
	]);
});

test('Arabic pages are right-to-left and say so', () => {
	const { document } = parseHTML(page('ar/people/kallavan/'));
	expect(document.documentElement.getAttribute('lang')).toBe('ar');
	expect(document.documentElement.getAttribute('dir')).toBe('rtl');
	expect(document.querySelector('h1')?.textContent).toBe('تيودور كالافان');
	expect(document.querySelector('.as-of time')?.textContent).toContain('أكتوبر');
});
