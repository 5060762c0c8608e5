import { expect, test } from 'vitest';
import InEveryLanguage from '../../src/components/InEveryLanguage.astro';
import { t } from '../../src/i18n/ui.ts';
import { DIRECTION } from '../../src/lib/language-table.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { render } from './render.ts';

test('a text in every language: each in its own language and direction, in the table’s order, separated', async () => {
	const document = await render(InEveryLanguage, LOCALES[0], { text: 'siteTitle', separator: ' · ' });
	const spans = [...document.querySelectorAll('span')];
	expect(spans.map((s) => [s.getAttribute('lang'), s.getAttribute('dir'), s.textContent?.trim()])).toEqual(
		LOCALES.map((l) => [l, DIRECTION[l], t(l, 'siteTitle')]),
	);
	expect(document.body.textContent?.replace(/\s+/g, ' ').trim()).toBe(
		LOCALES.map((l) => t(l, 'siteTitle')).join(' · '),
	);
});
