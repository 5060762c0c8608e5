import { expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';

const graph = buildGraph({
	people: [
		{ id: 'host', country: 'a' },
		{ id: 'guest', country: 'b' },
		{ id: 'absent', country: 'c' },
		{ id: 'envoy', country: 'c' },
	],
	summits: [
		{
			id: 'summit',
			startDate: '2022-10-27',
			endDate: '2022-10-27',
			country: 'a',
			city: 'capital',
			organiser: 'org',
			topics: ['trade'],
			participants: [
				{ role: 'host', person: 'host' },
				{ role: 'attendee', person: 'guest' },
				{ role: 'represented', person: 'absent', representedBy: 'envoy' },
			],
		},
	],
	meetings: [
		{ id: 'call', date: '2022-10-22', sides: ['host', 'guest'], topics: ['trade'] },
		{ id: 'margin', date: '2022-10-27', city: 'capital', sides: ['guest', 'host'], summit: 'summit', topics: [] },
	],
	milestones: [{ organisation: 'org', index: 0, date: '1992' }],
	links: [
		{ from: 'summit', to: 'host' },
		{ from: 'call', to: 'host' },
		{ from: 'host', to: 'host' },
	],
});

test('a person’s summits carry their role, and who represented whom', () => {
	expect(graph.attendance('host')).toEqual([{ summit: 'summit', role: 'host' }]);
	expect(graph.attendance('absent')).toEqual([{ summit: 'summit', role: 'represented', other: 'envoy' }]);
	expect(graph.attendance('envoy')).toEqual([{ summit: 'summit', role: 'representative', other: 'absent' }]);
});

test('a person’s meetings name the counterpart, oldest first', () => {
	expect(graph.meetings('guest')).toEqual([
		{ meeting: 'call', counterpart: 'host' },
		{ meeting: 'margin', counterpart: 'host' },
	]);
});

test('people met are those a person held a meeting with; being at the same summit is attendance, not a meeting', () => {
	expect(graph.encounters('host')).toEqual([{ person: 'guest', events: ['call', 'margin'] }]);
	expect(graph.encounters('envoy')).toEqual([]);
	expect(graph.encounters('absent')).toEqual([]);
	// Present at the summit: the host, the guest, and the envoy in the place of the one represented.
	expect(graph.coAttendance('envoy')).toEqual([{ summit: 'summit', people: ['host', 'guest'] }]);
	expect(graph.coAttendance('host')).toEqual([{ summit: 'summit', people: ['guest', 'envoy'] }]);
	expect(graph.coAttendance('absent')).toEqual([]);
	expect(graph.presentAt('summit')).toEqual(['host', 'guest', 'envoy']);
});

test('a summit groups participants by role and lists meetings on its margins', () => {
	const groups = graph.participantsByRole('summit');
	expect(groups.host.map((p) => p.person)).toEqual(['host']);
	expect(groups.represented).toEqual([{ role: 'represented', person: 'absent', representedBy: 'envoy' }]);
	expect(graph.marginMeetings('summit')).toEqual(['margin']);
});

test('countries, organisations and topics list their people and events', () => {
	expect(graph.country('c')).toEqual({ people: ['absent', 'envoy'], events: ['summit'] });
	expect(graph.country('a').events).toEqual(['call', 'summit', 'margin']);
	expect(graph.organisation('org')).toEqual({ people: [], events: ['summit'] });
	expect(graph.topic('trade')).toEqual({ people: ['host', 'guest', 'absent', 'envoy'], events: ['call', 'summit'] });
});

test('mentions come from body links, never from a page to itself', () => {
	expect(graph.mentionedIn('host')).toEqual(['call', 'summit']);
});

test('the timeline orders every dated event, milestones included', () => {
	expect(graph.timeline().map((i) => i.date)).toEqual(['1992', '2022-10-22', '2022-10-27', '2022-10-27']);
});

test('a city lists the events held in it, oldest first', () => {
	expect(graph.city('capital')).toEqual(['summit', 'margin']);
	expect(graph.city('elsewhere')).toEqual([]);
});
