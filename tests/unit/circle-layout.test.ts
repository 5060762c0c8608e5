import { expect, test } from 'vitest';
import { circleLayout } from '../../src/lib/circle-layout.ts';

test('the first node is at the top; the second goes right for LTR readers and left for RTL', () => {
	const ltr = circleLayout(4, { x: 100, y: 100 }, 50);
	expect(ltr[0]).toEqual({ x: 100, y: 50 });
	expect(ltr[1]).toEqual({ x: 150, y: 100 });
	const rtl = circleLayout(4, { x: 100, y: 100 }, 50, false);
	expect(rtl[1]).toEqual({ x: 50, y: 100 });
	expect(circleLayout(0, { x: 0, y: 0 }, 1)).toEqual([]);
});
