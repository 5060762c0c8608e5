/**
 * Rules that span fields or entries, run once every entry has passed its
 * schema: links and citations in the body, cited paragraphs that must exist,
 * dates that must agree with each other.
 */
import type { EntityRef } from '../../schemas/index.ts';
import { findCites } from '../cites.ts';
import type { CheckedEntry } from './check.ts';
import { formatPath, showValue, type Problem } from './problem.ts';

type Data = Record<string, unknown>;

export function crossCheck(entries: CheckedEntry[], idFiles: Map<string, string>): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const paragraphCount = (entry: CheckedEntry) => {
		const source = byId.get((entry.data['source'] as EntityRef | undefined)?.id ?? '');
		return (source?.data['paragraphs'] as unknown[] | undefined)?.length ?? 0;
	};

	for (const entry of entries) {
		const report = (path: PropertyKey[], message: string, line = entry.lineOf(path)) =>
			problems.push({ file: entry.file, line, field: formatPath(path) || 'body', message });
		const count = paragraphCount(entry);
		const sourceId = (entry.data['source'] as EntityRef | undefined)?.id;

		if (sourceId !== undefined) {
			for (const cites of findCites(entry.data)) {
				cites.paragraphs.forEach((n, index) => {
					if (n > count)
						report(
							[...cites.path, index],
							`cites ¶${n}, which does not exist; expected a paragraph of ${sourceId} (1–${count})`,
						);
				});
			}
		}

		for (const link of entry.scan?.links ?? []) {
			if (!idFiles.has(link.to)) {
				report(
					[],
					`<Link to=${showValue(link.to)}> points to no entity; expected the id of a person, summit, meeting, country, organisation, topic or source`,
					link.line,
				);
			}
		}
		for (const citation of entry.scan?.citations ?? []) {
			if (citation.paragraphs.length === 0) {
				report(
					[],
					`<Cite p=${showValue(citation.raw)}> is not a paragraph list; expected p="2" or p="2,3"`,
					citation.line,
				);
			}
			for (const n of citation.paragraphs) {
				if (n < 1 || n > count)
					report(
						[],
						`<Cite p="${n}"> cites a paragraph that does not exist; expected a paragraph of ${sourceId} (1–${count})`,
						citation.line,
					);
			}
		}

		if (entry.collection === 'summits') checkSummit(entry.data, report);
		if (entry.collection === 'meetings') checkMeeting(entry.data, byId, report);
	}
	return problems;
}

type Report = (path: PropertyKey[], message: string) => void;

function checkSummit(data: Data, report: Report) {
	const start = data['startDate'] as string;
	const end = data['endDate'] as string;
	if (end < start)
		report(['endDate'], `${showValue(end)} is before startDate ${showValue(start)}; expected the same day or later`);
	const seen = new Set<string>();
	(data['participants'] as { person: EntityRef; representedBy?: EntityRef }[]).forEach((p, index) => {
		if (seen.has(p.person.id))
			report(
				['participants', index, 'person'],
				`${showValue(p.person.id)} is listed twice; expected each participant once`,
			);
		seen.add(p.person.id);
		if (p.representedBy?.id === p.person.id)
			report(
				['participants', index, 'representedBy'],
				`${showValue(p.person.id)} cannot represent themselves; expected another person`,
			);
	});
}

function checkMeeting(data: Data, byId: Map<string, CheckedEntry>, report: Report) {
	const [a, b] = data['sides'] as [EntityRef, EntityRef];
	if (a.id === b.id) report(['sides', 1], `${showValue(b.id)} is on both sides; expected two different people`);
	const date = data['date'] as string;
	const summit = byId.get((data['summit'] as EntityRef | undefined)?.id ?? '');
	if (summit) {
		const start = summit.data['startDate'] as string;
		const end = summit.data['endDate'] as string;
		if (date < start || date > end) {
			const range = start === end ? start : `${start} to ${end}`;
			report(
				['date'],
				`${showValue(date)} is outside the summit ${summit.id} (${range}); expected a date within the summit it is attached to`,
			);
		}
	}
}
