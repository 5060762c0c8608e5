import { expect, test } from 'vitest';
import { CSP_DIRECTIVES, cspString, HEADER_ONLY_DIRECTIVES } from '../../src/lib/csp.ts';

test('the policy allows no other origin, no inline script or style, and no framing', () => {
	const policy = cspString({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
	expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
	expect(policy).toContain("default-src 'self'");
	expect(policy).toContain("frame-ancestors 'none'");
	expect(cspString({ a: 'x', b: 'y' })).toBe('a x; b y');
});
