/**
 * An analyst's edits, scripted on a copy of `briefings/`: the correct ones
 * (a new source in another language, a person and a meeting citing it, the
 * person added to a summit, a sentence reworded, a topic renamed, a paragraph
 * retranslated) build and pass every content gate; each wrong one fails with
 * the checker's message naming the file.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { formatProblem } from '../../src/checker/problem.ts';
import { useBrowserAndSite } from '../helpers/browser-session.ts';
import { runBuild } from '../helpers/build.ts';
import { applyCorrectEdits, NEW, WRONG_EDITS } from './edits.ts';
import { gateContext, runGates } from './gates/index.ts';

/** A copy of the real briefings, where the edits are made. */
async function copyOfBriefings(): Promise<string> {
	const dir = join(await mkdtemp(join(tmpdir(), 'edited-')), 'briefings');
	await cp('briefings', dir, { recursive: true });
	return relative(process.cwd(), dir);
}

describe('correct edits', () => {
	let site = '';
	let briefings = '';
	let problems: string[] = [];
	beforeAll(async () => {
		briefings = await copyOfBriefings();
		await applyCorrectEdits(briefings);
		problems = (await checkContent(briefings)).problems.map(formatProblem);
		site = join(briefings, '..', 'dist');
		if (problems.length === 0) await runBuild(site, { BRIEFINGS_DIR: briefings });
	}, 180_000);
	const session = useBrowserAndSite(() => site);

	test('are accepted by the checker and built', async () => {
		expect(problems).toEqual([]);
		const { entries } = await checkContent(briefings);
		expect(entries.map((e) => e.id)).toEqual(expect.arrayContaining([NEW.source, NEW.person]));
		expect(existsSync(join(site, 'en', 'people', NEW.person, 'index.html'))).toBe(true);
	});

	test('pass every content gate', async () => {
		const context = await session.browser.newContext({ bypassCSP: true });
		const found = await runGates(await gateContext(briefings, site), {
			page: await context.newPage(),
			siteUrl: session.site.url,
		});
		await context.close();
		expect(found, found.join('\n')).toEqual([]);
	});
});

describe.each(Object.entries(WRONG_EDITS))('a wrong edit: %s', (what, applyEdit) => {
	test('is refused, naming the file', async () => {
		const briefings = await copyOfBriefings();
		const file = join(briefings, await applyEdit(briefings));
		const { problems } = await checkContent(briefings);
		const lines = problems.map(formatProblem);
		expect(lines.length, `${what}: nothing reported`).toBeGreaterThan(0);
		expect(
			lines.every((line) => line.startsWith(`${file}:`)),
			lines.join('\n'),
		).toBe(true);
		expect(lines.join('\n')).toMatch(/expected/);
	});
});
