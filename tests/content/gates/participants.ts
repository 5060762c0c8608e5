/**
 * Everyone an event names has a page, and the event's page links to it: the
 * participants of a summit and whoever represented them, the two sides of a meeting.
 */
import { builtPage, LANGUAGE, LOCALES, pagePath, type GateContext } from './context.ts';

/** The people an event names, with what the event calls them. */
function peopleOf(data: Record<string, unknown>): { id: string; as: string }[] {
	const participants = (data['participants'] ?? []) as { person: { id: string }; representedBy?: { id: string } }[];
	const sides = (data['sides'] ?? []) as { id: string }[];
	return [
		...participants.flatMap((p) => [
			{ id: p.person.id, as: 'participant' },
			...(p.representedBy ? [{ id: p.representedBy.id, as: 'representative' }] : []),
		]),
		...sides.map((side) => ({ id: side.id, as: 'side' })),
	];
}

export function participantsGate(ctx: GateContext): string[] {
	const problems: string[] = [];
	const people = new Map(ctx.entries.filter((e) => e.collection === 'people').map((e) => [e.id, e]));
	for (const event of ctx.entries.filter((e) => e.collection === 'summits' || e.collection === 'meetings')) {
		for (const { id, as } of peopleOf(event.data)) {
			const person = people.get(id);
			for (const locale of LOCALES) {
				const path = person && pagePath(person, locale);
				if (!path || !builtPage(ctx, path)) {
					problems.push(
						`${event.file}: the ${as} ${id} has no ${LANGUAGE[locale]} page; expected briefings/people/${id}.mdx (npm run new -- person ${id})`,
					);
					continue;
				}
				const links = builtPage(ctx, pagePath(event, locale))?.querySelectorAll(`a[href="/${path}"]`).length ?? 0;
				if (links === 0)
					problems.push(
						`${event.file}: the ${LANGUAGE[locale]} page does not link the ${as} ${id}; expected a link to /${path}`,
					);
			}
		}
	}
	return problems;
}
