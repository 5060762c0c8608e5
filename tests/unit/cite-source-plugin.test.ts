import { mdxToJs } from 'satteri';
import { expect, test } from 'vitest';
import { citeSourcePlugin } from '../../src/lib/cite-source-plugin.ts';

test('each <Cite> gets the source named in its own file’s frontmatter', async () => {
	const options = {
		mdastPlugins: [citeSourcePlugin],
		data: { astro: { frontmatter: { source: 'kazakhstan-diplomacy-2022' } } },
	} as unknown as Parameters<typeof mdxToJs>[1];
	const { code } = await mdxToJs('<Cite p="2" /> and <Cite p="3" source="other" />', options);
	expect(code).toMatch(/p: "2",\s*source: "kazakhstan-diplomacy-2022"/);
	expect(code).toMatch(/p: "3",\s*source: "other"/);
});
