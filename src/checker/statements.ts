/**
 * The statement rules: every paragraph and list item of a body is cited, or
 * marked as the author's inference or as background; and every language says
 * what the first says (English here, before Arabic), section by section, citing
 * the same paragraphs with the same marks.
 */
import type { BlockAnalysis, Section } from '../lib/body/analyse.ts';
import { languageName, SCRIPT, type Locale } from '../lib/language-table.ts';
import { LOCALES } from '../lib/locales.ts';

export interface StatementProblem {
	line?: number | undefined;
	message: string;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The opening words of a statement, to show which one is meant. */
function opening(text: string): string {
	const words = text.split(' ');
	return words.length <= 8 ? text : `${words.slice(0, 8).join(' ')}…`;
}

/** A section title as written in its language: “…”, or «…» in Arabic script. */
const quoted = (title: string, locale: Locale) => (SCRIPT[locale] === 'Arabic' ? `«${title}»` : `“${title}”`);

/** `<BottomLine>`, or `section 3 (“Who took part” / «المشاركون»)`: the same section in two languages. */
function sectionName(index: number, ...written: [Section, Locale][]): string {
	const kind = written[0]?.[0].kind;
	if (kind === 'bottom-line') return '<BottomLine>';
	if (kind === 'why-it-matters') return '<WhyItMatters>';
	const titles = written
		.map(([section, locale]) => section.title && quoted(section.title, locale))
		.filter(Boolean)
		.join(' / ');
	return titles ? `section ${index + 1} (${titles})` : `section ${index + 1}`;
}

/** `¶4, ¶5` or `kazakhstan-diplomacy-2022 ¶4` when another source than the primary is involved. */
function showCited(cited: string[], primary: string | undefined): string {
	if (cited.length === 0) return 'nothing';
	return cited
		.map((key) => {
			const [source, p] = key.split('#');
			return source === primary ? `¶${p}` : `${source} ¶${p}`;
		})
		.join(', ');
}

export function checkStatements(
	analyses: Record<Locale, BlockAnalysis>,
	primary: string | undefined,
): StatementProblem[] {
	const problems: StatementProblem[] = [];
	for (const locale of LOCALES) {
		for (const statement of analyses[locale].statements) {
			if (statement.kind !== 'unsourced') continue;
			const marked = statement.marks.length > 0;
			problems.push({
				line: statement.line,
				message: `${languageName(locale)} statement “${opening(statement.text)}” ${marked ? 'is only partly marked and cites no source' : 'cites no source and is not marked'}; expected <Cite p="…" />, or the whole statement inside <Inferred because="…"> or <Background from="…">`,
			});
		}
	}
	for (const locale of LOCALES) {
		analyses[locale].sections.forEach((section, index) => {
			if (section.kind === 'heading') return;
			if (analyses[locale].statements.some((s) => s.section === index)) return;
			const tag = section.kind === 'bottom-line' ? '<BottomLine>' : '<WhyItMatters>';
			problems.push({
				line: section.line,
				message: `the ${languageName(locale)} ${tag} is empty; expected ${section.kind === 'bottom-line' ? 'the two or three sentences a busy reader can stop after' : 'why it matters, as the sources frame it'}`,
			});
		});
	}
	// Every other language is held to the first: the same sections, citations and marks.
	const [first, ...others] = LOCALES;
	for (const locale of others) problems.push(...comparedSections(analyses, first, locale, primary));
	return problems;
}

/** Where the sections of `locale` differ from those of `first`. */
function comparedSections(
	analyses: Record<Locale, BlockAnalysis>,
	first: Locale,
	locale: Locale,
	primary: string | undefined,
): StatementProblem[] {
	const problems: StatementProblem[] = [];
	const [these, those] = [analyses[first].sections, analyses[locale].sections];
	const [one, two] = [languageName(first), languageName(locale)];
	if (these.length !== those.length) {
		problems.push({
			line: those[0]?.line,
			message: `the ${one} has ${these.length} sections and the ${two} ${those.length}; expected the same sections in the same order in both languages`,
		});
		return problems;
	}
	these.forEach((section, index) => {
		const other = those[index]!;
		const name = sectionName(index, [section, first], [other, locale]);
		if (section.kind !== other.kind) {
			problems.push({
				line: other.line,
				message: `${name}: the two languages have different sections here; expected the same sections in the same order`,
			});
			return;
		}
		if (section.cited.join() !== other.cited.join()) {
			problems.push({
				line: other.line,
				message: `${name}: the ${one} cites ${showCited(section.cited, primary)} and the ${two} ${showCited(other.cited, primary)}; expected the same paragraphs in both languages`,
			});
		}
		for (const kind of ['inferred', 'background'] as const) {
			if (section.marks[kind] !== other.marks[kind]) {
				problems.push({
					line: other.line,
					message: `${name}: the ${one} has ${count(section.marks[kind], `${kind} mark`)} and the ${two} ${count(other.marks[kind], `${kind} mark`)}; expected each mark, with its reason, in both languages`,
				});
			}
		}
	});
	return problems;
}
