/**
 * The statement rules: every paragraph and list item of a body is cited, or
 * marked as the author's inference or as background; and the English and
 * Arabic say the same thing, section by section, citing the same paragraphs
 * with the same marks.
 */
import type { BlockAnalysis, Section } from '../lib/body/analyse.ts';
import { languageName, LOCALES, type Locale } from '../lib/locales.ts';

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

/** `<BottomLine>`, or `section 3 (“Who took part” / «المشاركون»)`: the same section in both languages. */
function sectionName(en: Section, ar: Section, index: number): string {
	if (en.kind === 'bottom-line') return '<BottomLine>';
	if (en.kind === 'why-it-matters') return '<WhyItMatters>';
	const titles = [en.title && `“${en.title}”`, ar.title && `«${ar.title}»`].filter(Boolean).join(' / ');
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
	const [en, ar] = [analyses.en.sections, analyses.ar.sections];
	if (en.length !== ar.length) {
		problems.push({
			line: ar[0]?.line,
			message: `the English has ${en.length} sections and the Arabic ${ar.length}; expected the same sections in the same order in both languages`,
		});
		return problems;
	}
	en.forEach((section, index) => {
		const other = ar[index]!;
		const name = sectionName(section, other, index);
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
				message: `${name}: the English cites ${showCited(section.cited, primary)} and the Arabic ${showCited(other.cited, primary)}; expected the same paragraphs in both languages`,
			});
		}
		for (const kind of ['inferred', 'background'] as const) {
			if (section.marks[kind] !== other.marks[kind]) {
				problems.push({
					line: other.line,
					message: `${name}: the English has ${count(section.marks[kind], `${kind} mark`)} and the Arabic ${count(other.marks[kind], `${kind} mark`)}; expected each mark, with its reason, in both languages`,
				});
			}
		}
	});
	return problems;
}
