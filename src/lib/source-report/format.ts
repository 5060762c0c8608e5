/**
 * The source report as the author reads it in the terminal: one line per
 * finding, each with its paragraph numbers. `--json` prints the report
 * object itself (`SourceReport`), with the same findings, for tools.
 */
import type { SourceReport } from './analyse.ts';
import type { Disagreement } from './disagreements.ts';

const paragraphs = (numbers: readonly number[]) => numbers.map((n) => `¶${n}`).join(', ');

/** One disagreement as a sentence: "¶2 gives 12 October for x (collection: 2022-10-13); add a dispute if the sources differ". */
export function describeDisagreement(d: Disagreement): string {
	return `¶${d.paragraph} gives ${d.given} for ${d.id} (collection: ${d.collection}); add a dispute if the sources differ`;
}

/** The report's lines, headed by section. */
export function formatReport(report: SourceReport): string[] {
	const lines: string[] = ['', 'Known entities it names, and where (update these briefings):'];
	if (report.known.length === 0) lines.push('  (none)');
	for (const k of report.known) {
		// An event named by no name of its own is implied: by its organiser and "summit", or its two sides meeting.
		const forms = k.forms.length > 0 ? ` as ${k.forms.map((f) => `“${f}”`).join(', ')}` : ' (implied)';
		lines.push(`  ${k.id}: ${paragraphs(k.paragraphs)}${forms}${k.file ? ` (${k.file})` : ''}`);
	}
	if (report.disagreements.length > 0) {
		lines.push('', 'What it says that the collection says otherwise:');
		for (const d of report.disagreements) lines.push(`  ${describeDisagreement(d)}`);
	}
	if (report.unknown.length > 0) {
		lines.push(
			'',
			'Names with no page yet (add them with npm run new -- person|summit|meeting <id>, if they need one):',
		);
		for (const u of report.unknown) {
			const other = u.forms.filter((f) => f !== u.name);
			lines.push(
				`  ${u.name} (${paragraphs(u.paragraphs)})${other.length > 0 ? ` as ${other.map((f) => `“${f}”`).join(', ')}` : ''}`,
			);
		}
	}
	return lines;
}
