/**
 * The link graph of the collection: every relation a page lists, derived
 * from the structured data and the links in briefing bodies. Nothing here is
 * written by hand, so a backlink can never disagree with the data it shows.
 */
import { compareDates } from './dates.ts';

export type ParticipantRole = 'host' | 'attendee' | 'represented';

export interface PersonNode {
	id: string;
	country?: string | undefined;
	organisation?: string | undefined;
}

export interface SummitNode {
	id: string;
	startDate: string;
	/** Absent when the sources do not give the last day. */
	endDate?: string | undefined;
	country: string;
	city: string;
	organiser?: string | undefined;
	participants: { role: ParticipantRole; person: string; representedBy?: string | undefined }[];
	topics: string[];
}

export interface MeetingNode {
	id: string;
	date: string;
	city?: string | undefined;
	sides: [string, string];
	summit?: string | undefined;
	topics: string[];
}

export interface MilestoneNode {
	/** The organisation whose history it belongs to. */
	organisation: string;
	/** Position among that organisation's milestones. */
	index: number;
	date: string;
}

export interface GraphInput {
	people: PersonNode[];
	summits: SummitNode[];
	meetings: MeetingNode[];
	milestones: MilestoneNode[];
	/** Links written in briefing bodies: `from` links to `to`. */
	links: { from: string; to: string }[];
}

/** A person's part in a summit, as the person's page shows it. */
export interface Attendance {
	summit: string;
	/** `representative` when the person attended in someone else's place. */
	role: ParticipantRole | 'representative';
	/** Who represented them, or whom they represented. */
	other?: string;
}

export interface Encounter {
	person: string;
	/** The meetings at which they met, oldest first. */
	events: string[];
}

/** The others present at a summit a person attended: attendance, not a meeting. */
export interface CoAttendance {
	summit: string;
	/** Everyone else present (a represented leader's representative, not the leader), in the order the summit lists them. */
	people: string[];
}

export type TimelineItem =
	| { kind: 'summit'; id: string; date: string; endDate?: string | undefined }
	| { kind: 'meeting'; id: string; date: string }
	| { kind: 'milestone'; organisation: string; index: number; date: string };

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function unique<T>(values: T[]): T[] {
	return [...new Set(values)];
}

/** Builds every relation once; lookups are then constant time, whatever the collection's size. */
export function buildGraph(input: GraphInput) {
	const summitById = new Map(input.summits.map((s) => [s.id, s]));
	const meetingById = new Map(input.meetings.map((m) => [m.id, m]));
	const personById = new Map(input.people.map((p) => [p.id, p]));
	const eventDate = (id: string) => summitById.get(id)?.startDate ?? meetingById.get(id)?.date ?? '';
	// A summit comes before the meetings held on its margins the same day.
	const rank = (id: string) => (summitById.has(id) ? 0 : 1);
	const byDate = (a: string, b: string) =>
		compareDates(eventDate(a), eventDate(b)) || rank(a) - rank(b) || a.localeCompare(b);

	const attendance = new Map<string, Attendance[]>();
	const meetingsOf = new Map<string, string[]>();
	const marginMeetings = new Map<string, string[]>();
	const mentionedIn = new Map<string, string[]>();
	const topicEvents = new Map<string, string[]>();
	const encounters = new Map<string, Map<string, string[]>>();
	const present = new Map<string, string[]>();

	const meet = (a: string, b: string, event: string) => {
		if (a === b) return;
		for (const [x, y] of [
			[a, b],
			[b, a],
		] as const) {
			let met = encounters.get(x);
			if (!met) encounters.set(x, (met = new Map()));
			push(met, y, event);
		}
	};

	for (const summit of input.summits) {
		const here: string[] = [];
		for (const p of summit.participants) {
			if (p.role === 'represented' && p.representedBy) {
				push(attendance, p.person, { summit: summit.id, role: 'represented', other: p.representedBy });
				push(attendance, p.representedBy, { summit: summit.id, role: 'representative', other: p.person });
				here.push(p.representedBy);
			} else {
				push(attendance, p.person, { summit: summit.id, role: p.role });
				here.push(p.person);
			}
		}
		// Being at the same summit is attendance, not a meeting: the sources report who attended, not who met.
		present.set(summit.id, unique(here));
		for (const topic of summit.topics) push(topicEvents, topic, summit.id);
	}
	for (const meeting of input.meetings) {
		for (const side of meeting.sides) push(meetingsOf, side, meeting.id);
		meet(meeting.sides[0], meeting.sides[1], meeting.id);
		if (meeting.summit) push(marginMeetings, meeting.summit, meeting.id);
		for (const topic of meeting.topics) push(topicEvents, topic, meeting.id);
	}
	for (const link of input.links) {
		if (link.from !== link.to) push(mentionedIn, link.to, link.from);
	}

	/** People who took part in an event, present or represented. */
	const participantsOf = (event: string): string[] => {
		const summit = summitById.get(event);
		if (summit)
			return unique(summit.participants.flatMap((p) => (p.representedBy ? [p.person, p.representedBy] : [p.person])));
		return meetingById.get(event)?.sides ?? [];
	};
	const eventsOfPerson = (person: string) =>
		unique([...(attendance.get(person) ?? []).map((a) => a.summit), ...(meetingsOf.get(person) ?? [])]).sort(byDate);
	const peopleWhere = (predicate: (p: PersonNode) => boolean) => input.people.filter(predicate).map((p) => p.id);

	return {
		/** Summits a person attended, hosted, was represented at or attended for someone else. */
		attendance: (person: string): Attendance[] =>
			[...(attendance.get(person) ?? [])].sort((a, b) => byDate(a.summit, b.summit)),
		/** Bilateral meetings a person held, with the counterpart. */
		meetings: (person: string) =>
			(meetingsOf.get(person) ?? [])
				.slice()
				.sort(byDate)
				.map((id) => {
					const sides = meetingById.get(id)!.sides;
					return { meeting: id, counterpart: sides[0] === person ? sides[1] : sides[0] };
				}),
		/** People a person met: the other side of each bilateral meeting. */
		encounters: (person: string): Encounter[] =>
			[...(encounters.get(person) ?? new Map<string, string[]>())]
				.map(([other, events]) => ({ person: other, events: unique(events).sort(byDate) }))
				.sort((a, b) => b.events.length - a.events.length || a.person.localeCompare(b.person)),
		/** The summits a person was present at, each with the others present there. */
		coAttendance: (person: string): CoAttendance[] =>
			[...present]
				.filter(([, people]) => people.includes(person))
				.map(([summit, people]) => ({ summit, people: people.filter((p) => p !== person) }))
				.filter((c) => c.people.length > 0)
				.sort((a, b) => byDate(a.summit, b.summit)),
		/** The people present at a summit: the participants who attended, and those who represented others. */
		presentAt: (summit: string): string[] => present.get(summit) ?? [],
		/** Briefings whose body links to an entity. */
		mentionedIn: (id: string) => unique(mentionedIn.get(id) ?? []).sort(),
		/** A summit's participants grouped by role, in the order written. */
		participantsByRole: (summit: string) => {
			const groups: Record<ParticipantRole, SummitNode['participants']> = { host: [], attendee: [], represented: [] };
			for (const p of summitById.get(summit)?.participants ?? []) groups[p.role].push(p);
			return groups;
		},
		/** Bilateral meetings held on a summit's margins. */
		marginMeetings: (summit: string) => (marginMeetings.get(summit) ?? []).slice().sort(byDate),
		/** Everyone who took part in an event. */
		participantsOf,
		/** All events (summits and meetings) a person took part in, oldest first. */
		eventsOfPerson,
		/** People of a country, and the events they or the country hosted. */
		country: (code: string) => {
			const people = peopleWhere((p) => p.country === code);
			const hosted = input.summits.filter((s) => s.country === code).map((s) => s.id);
			return { people, events: unique([...hosted, ...people.flatMap(eventsOfPerson)]).sort(byDate) };
		},
		/** People of an organisation, and the events it organised or its people took part in. */
		organisation: (id: string) => {
			const people = peopleWhere((p) => p.organisation === id);
			const organised = input.summits.filter((s) => s.organiser === id).map((s) => s.id);
			return { people, events: unique([...organised, ...people.flatMap(eventsOfPerson)]).sort(byDate) };
		},
		/** Events held in a city, oldest first. */
		city: (id: string) =>
			unique(
				[...input.summits.filter((s) => s.city === id), ...input.meetings.filter((m) => m.city === id)].map(
					(e) => e.id,
				),
			).sort(byDate),
		/** Events that discussed a topic, and the people who took part in them. */
		topic: (id: string) => {
			const events = unique(topicEvents.get(id) ?? []).sort(byDate);
			const people = unique(events.flatMap(participantsOf)).filter((p) => personById.has(p));
			return { people, events };
		},
		/** Every dated event, oldest first: summits, meetings and organisations' milestones. */
		timeline: (): TimelineItem[] =>
			[
				...input.summits.map((s): TimelineItem => ({
					kind: 'summit',
					id: s.id,
					date: s.startDate,
					endDate: s.endDate,
				})),
				...input.meetings.map((m): TimelineItem => ({ kind: 'meeting', id: m.id, date: m.date })),
				...input.milestones.map((m): TimelineItem => ({
					kind: 'milestone',
					organisation: m.organisation,
					index: m.index,
					date: m.date,
				})),
			].sort((a, b) => compareDates(a.date, b.date)),
	};
}

export type Graph = ReturnType<typeof buildGraph>;
