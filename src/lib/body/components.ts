import { languageName, type Locale } from '../language-table.ts';
import { LOCALES } from '../locales.ts';

/**
 * The components an author may write in a briefing body: the one table the
 * body parser accepts, the README documents and the page renders.
 */

export interface ComponentDef {
	/**
	 * `block`: a language block, at the top level; `section`: a required section of a
	 * language block; `inline`: inside running text; `mark`: around text, inline or
	 * around whole paragraphs.
	 */
	kind: 'block' | 'section' | 'inline' | 'mark';
	/** Its attributes, each required or optional; values are plain strings. */
	attributes: Record<string, 'required' | 'optional'>;
	/** What it is for, as the README's authoring guide says. */
	use: string;
}

/** A language's block: its code, capitalised (`<En>`, `<Ar>`). */
export type LanguageBlock = Capitalize<Locale>;
export const blockOf = (locale: Locale) => (locale.charAt(0).toUpperCase() + locale.slice(1)) as LanguageBlock;

/** The language blocks, by the language each holds. */
export const LANGUAGE_BLOCKS = Object.fromEntries(LOCALES.map((locale) => [blockOf(locale), locale])) as Record<
	LanguageBlock,
	Locale
>;

const languageBlocks = Object.fromEntries(
	LOCALES.map((locale, i) => [
		blockOf(locale),
		{
			kind: 'block',
			attributes: {},
			use:
				i === 0
					? `The ${languageName(locale)} text. Required; nothing goes outside the language blocks (${LOCALES.map((l) => `<${blockOf(l)}>`).join(', ')}).`
					: `The ${languageName(locale)} text, saying the same and citing the same paragraphs.`,
		},
	]),
) as Record<LanguageBlock, ComponentDef>;

export const AUTHOR_COMPONENTS = {
	...languageBlocks,
	BottomLine: {
		kind: 'section',
		attributes: {},
		use: 'The opening two or three sentences. Required in each language.',
	},
	WhyItMatters: {
		kind: 'section',
		attributes: {},
		use: 'Why it matters, as the sources frame it. Required in each language.',
	},
	Link: {
		kind: 'inline',
		attributes: { to: 'required' },
		use: 'A link to any entity by id, in the reader’s language. With no text it shows the entity’s short name.',
	},
	Cite: {
		kind: 'inline',
		attributes: { p: 'required', src: 'optional' },
		use: 'Cites source paragraphs: p="2" or p="2,3"; src="source-id" for a source other than the primary one.',
	},
	Inferred: {
		kind: 'mark',
		attributes: { because: 'required' },
		use: 'Marks the author’s inference, with the reason: because="…".',
	},
	Background: {
		kind: 'mark',
		attributes: { from: 'required' },
		use: 'Marks knowledge from outside the sources, saying where it comes from: from="…".',
	},
} as const satisfies Record<string, ComponentDef>;

export type AuthorComponent = keyof typeof AUTHOR_COMPONENTS;

export function isAuthorComponent(name: string): name is AuthorComponent {
	return Object.hasOwn(AUTHOR_COMPONENTS, name);
}
