import { expect, test } from 'vitest';
import { basePath } from '../../src/lib/base-path.ts';

test('the base path has a slash at each end, however it was written', () => {
	expect([undefined, '', '/', '//'].map(basePath)).toEqual(['/', '/', '/', '/']);
	expect(['briefings', '/briefings', 'briefings/', '/briefings//'].map(basePath)).toEqual(Array(4).fill('/briefings/'));
	expect(basePath('/unit/briefings')).toBe('/unit/briefings/');
});
