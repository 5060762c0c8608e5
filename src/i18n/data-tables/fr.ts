/** What each data download holds, in French. */
import type { TableTextKey } from './en.ts';

export const fr: Record<TableTextKey, string> = {
	'any.id': 'Identifiant de l’entrée : la clé qui la désigne dans son URL et dans tous les autres fichiers.',
	'any.url': 'La page sur le site.',
	'any.name': 'Nom complet.',
	'any.summary': 'Une phrase sur l’entrée.',
	people: 'Une ligne par personnalité.',
	'people.short_name': 'Nom tel qu’il est employé dans le corps du texte.',
	'people.office': 'Fonction, dans les termes des sources.',
	'people.country_id': 'Le pays dont relève sa fonction (identifiant), le cas échéant.',
	'people.country': 'Le pays dont relève sa fonction, le cas échéant.',
	'people.organisation': 'L’organisation internationale dont relève sa fonction, le cas échéant.',
	events: 'Une ligne par sommet ou rencontre bilatérale.',
	'events.kind': 'summit (sommet) ou meeting (rencontre bilatérale).',
	'events.start_date': 'Premier (ou unique) jour, au format YYYY-MM-DD.',
	'events.end_date': 'Dernier jour, si les sources l’indiquent.',
	'events.date_inferred':
		'yes si la date (ou son année) est une déduction de l’auteur, non énoncée par une source ; no sinon.',
	'events.city': 'Ville, si elle est connue.',
	'events.country': 'Pays hôte, pour les sommets.',
	attendance: 'Une ligne par personnalité et par événement : qui a participé, et à quel titre.',
	'attendance.event_id': 'L’événement (identifiant).',
	'attendance.event': 'L’événement.',
	'attendance.person_id': 'La personnalité (identifiant).',
	'attendance.person': 'La personnalité.',
	'attendance.role':
		'host (hôte), attendee (participant), represented (une autre personne a participé en son nom), representative (a participé au nom d’une autre personne) ou side (partie à une rencontre bilatérale).',
	'attendance.with_id':
		'La personne qui l’a représentée, celle qu’elle a représentée, ou l’autre partie (identifiant).',
	'attendance.with': 'La même personne, par son nom.',
	'attendance.role_inferred': 'yes si le rôle est une déduction de l’auteur, non énoncé par une source ; no sinon.',
	meetings: 'Une ligne par rencontre bilatérale.',
	'meetings.date': 'Le jour, au format YYYY-MM-DD.',
	'meetings.date_inferred':
		'yes si la date (ou son année) est une déduction de l’auteur, non énoncée par une source ; no sinon.',
	'meetings.format': 'in-person (en présentiel) ou virtual (à distance).',
	'meetings.side_1': 'L’une des parties.',
	'meetings.side_2': 'L’autre partie.',
	'meetings.city': 'Ville, si elle est connue.',
	'meetings.held_alongside': 'Le sommet en marge duquel elle s’est tenue, le cas échéant.',
	'meetings.topics': 'Thèmes abordés, séparés par des points-virgules.',
	citations:
		'Une ligne par affirmation et par paragraphe de source qu’elle cite : ce que dit le site, et sur quel fondement.',
	'citations.entry_id': 'La page qui contient l’affirmation (identifiant).',
	'citations.entry': 'La page, par son nom.',
	'citations.where':
		'Emplacement sur la page : le titre d’une section, ou le libellé d’une information clé (par exemple « Date »).',
	'citations.statement': 'L’affirmation, telle que la page la formule.',
	'citations.source_id': 'La source citée (identifiant).',
	'citations.paragraph': 'Le numéro du paragraphe cité de la source.',
};
