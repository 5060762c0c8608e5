/**
 * Turns zod's issues into the sentences an author reads: what was found,
 * and what was expected instead. Shared by every reader of content files.
 */
import type { z } from 'astro/zod';
import { languageName } from '../lib/language-table.ts';
import { isLocale, LOCALES } from '../lib/locales.ts';
import { showValue } from './problem.ts';

/** Fields that no longer exist, and what replaced them. */
const RETIRED: Record<string, string> = {
	dateInferred: `write inferred: { date: { ${LOCALES.map((l) => `${l}: …`).join(', ')} } } instead`,
	asOf: 'remove it: "information as of" now comes from the newest source the briefing cites',
	translation: 'write translations: { en: [ … ] } instead',
};

type Issue = z.core.$ZodIssue;

/** Turns one zod issue into the sentences an author reads (a union may give the issues of its closest branch). */
export function describeIssue(issue: Issue): { path: PropertyKey[]; message: string }[] {
	const path = [...issue.path];
	const input = (issue as { input?: unknown }).input;
	switch (issue.code) {
		case 'invalid_type': {
			// A key written with nothing after it (`country:`) is as good as missing.
			const missing = input === undefined || input === null;
			if (!issue.message.startsWith('Invalid input')) {
				return [{ path, message: missing ? `missing; ${issue.message}` : `got ${showValue(input)}; ${issue.message}` }];
			}
			const last = path.at(-1);
			const expected = isLocale(last) ? `${languageName(last)} text` : issue.expected;
			return [
				missing
					? { path, message: `missing; expected ${expected}` }
					: { path, message: `got ${showValue(input)}; expected ${expected}` },
			];
		}
		case 'invalid_value':
			return [{ path, message: `got ${showValue(input)}; expected one of: ${issue.values.map(String).join(', ')}` }];
		case 'unrecognized_keys':
			return issue.keys.map((key) => ({
				path: [...path, key],
				message: RETIRED[key]
					? `no longer used; ${RETIRED[key]}`
					: `unknown field (${key}); expected only the fields documented in src/schemas/`,
			}));
		case 'invalid_union': {
			const discriminator = (issue as { discriminator?: string }).discriminator;
			if (discriminator) {
				const value = (input as Record<string, unknown> | undefined)?.[discriminator];
				return [
					{
						path: [...path, discriminator],
						message: `got ${showValue(value)}; ${issue.message.replace(/^Invalid input: /, '')}`,
					},
				];
			}
			// The branch that got past the type of the value says what is really wrong with it.
			const branches = (issue as { errors?: Issue[][] }).errors ?? [];
			const closest = branches.find(
				(b) => b.length > 0 && b.every((i) => i.code !== 'invalid_type' || i.path.length > 0),
			);
			if (closest) return closest.flatMap((i) => describeIssue({ ...i, path: [...path, ...i.path] } as Issue));
			return [{ path, message: `got ${showValue(input)}; ${issue.message}` }];
		}
		case 'too_small':
		case 'too_big': {
			if (input === '') return [{ path, message: `is empty; ${issue.message.replace(/^must not be empty; /, '')}` }];
			if (!Array.isArray(input)) return [{ path, message: `got ${showValue(input)}; ${issue.message}` }];
			const has = input.length === 0 ? 'is empty' : `has ${input.length} item${input.length === 1 ? '' : 's'}`;
			return [{ path, message: `${has}; ${issue.message}` }];
		}
		default:
			return [{ path, message: input === undefined ? issue.message : `${showValue(input)} ${issue.message}` }];
	}
}
