import { expect, test } from 'vitest';
import { cssString, printCss } from '../../src/lib/print-css.ts';

test('text becomes a CSS string that cannot end early', () => {
	expect(cssString('Official — "internal" use')).toBe('"Official — \\"internal\\" use"');
	expect(cssString('back\\slash\nnew line')).toBe('"back\\\\slash new line"');
});

test('every printed page numbers itself in its language, on the side lines end', () => {
	expect(printCss({ direction: 'ltr', pageOf: 'Page {page} of {pages}' })).toContain(
		'@bottom-right {\n\t\tcontent: "Page " counter(page) " of " counter(pages);',
	);
	const arabic = printCss({ direction: 'rtl', pageOf: 'الصفحة {page} من {pages}' });
	expect(arabic).toContain('@bottom-left {\n\t\tcontent: "الصفحة " counter(page) " من " counter(pages);');
	expect(arabic).toContain('direction: rtl;');
});

test('the mark goes top and bottom, the running heads under it; neither when not given', () => {
	const css = printCss({
		direction: 'ltr',
		pageOf: 'Page {page} of {pages}',
		mark: 'Official — internal use',
		heads: { title: 'Briefing pack: Harbour Forum 2022', date: '27 October 2022' },
	});
	expect(css).toContain(
		'@top-center {\n\t\tcontent: "Official — internal use" "\\A" "Briefing pack: Harbour Forum 2022 · 27 October 2022";',
	);
	expect(css).toContain('@bottom-center {\n\t\tcontent: "Official — internal use";');
	const plain = printCss({ direction: 'ltr', pageOf: 'Page {page} of {pages}' });
	expect(plain).not.toContain('@top-center');
	expect(plain).not.toContain('@bottom-center');
});
