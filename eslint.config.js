// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Type assertions that hide a real type error rather than state a known fact. */
const bannedAssertions = [
	{
		selector: 'TSAsExpression > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]',
		message: 'No `as unknown as`: give the value the type it has, or check it.',
	},
	{
		selector: 'TSAsExpression[typeAnnotation.typeName.name="Locale"]',
		message: 'No `as Locale`: get the page locale from pageLocale(Astro) or check it with isLocale().',
	},
];

export default defineConfig(
	{ ignores: ['dist/', '.scratch/', '.astro/', 'portable/', 'node_modules/', 'tests/fixtures/', 'reports/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		files: ['src/client/**'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			'no-restricted-syntax': ['error', ...bannedAssertions],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
		},
	},
);
