/**
 * Titles and offices as sources write them before a name ("Prime Minister",
 * «رئيس الوزراء», "Премьер-министр", "Premier ministre"), each with the office
 * it stands for, so that "Prime Minister Alpha" can be told apart from the
 * collection's "President of Northland" whatever the language. A title is
 * never part of a name; an honorific (Sheikh, Mr, «الشيخ») is neither a name
 * nor an office. The list is ours: no maintained one exists across languages.
 */
import { baseLanguage, meet, partsOf, wordKeys } from './word-forms.ts';
import type { Token } from './text.ts';

export type Office =
	| 'president'
	| 'vice-president'
	| 'prime-minister'
	| 'deputy-prime-minister'
	| 'foreign-minister'
	| 'minister'
	| 'monarch'
	| 'emir'
	| 'crown-prince'
	| 'chancellor'
	| 'secretary-general'
	| 'chair'
	| 'ambassador'
	| 'honorific'
	| 'counterpart';

const TITLES: Readonly<Record<string, readonly (readonly [string, Office])[]>> = {
	en: [
		['Vice President', 'vice-president'],
		['Vice-President', 'vice-president'],
		['Deputy Prime Minister', 'deputy-prime-minister'],
		['Prime Minister', 'prime-minister'],
		['Premier', 'prime-minister'],
		['Foreign Minister', 'foreign-minister'],
		['Minister of Foreign Affairs', 'foreign-minister'],
		['Foreign Secretary', 'foreign-minister'],
		['Minister', 'minister'],
		['President', 'president'],
		['King', 'monarch'],
		['Queen', 'monarch'],
		['Sultan', 'monarch'],
		['Emir', 'emir'],
		['Amir', 'emir'],
		['Crown Prince', 'crown-prince'],
		['Chancellor', 'chancellor'],
		['Secretary-General', 'secretary-general'],
		['Secretary General', 'secretary-general'],
		['Chairman', 'chair'],
		['Chairwoman', 'chair'],
		['Ambassador', 'ambassador'],
		['Sheikh', 'honorific'],
		['Sheikha', 'honorific'],
		['His Highness', 'honorific'],
		['His Excellency', 'honorific'],
		['Mr', 'honorific'],
		['Mrs', 'honorific'],
		['Ms', 'honorific'],
		['Dr', 'honorific'],
		['counterpart', 'counterpart'],
	],
	ru: [
		['Вице-президент', 'vice-president'],
		['Вице-премьер', 'deputy-prime-minister'],
		['Премьер-министр', 'prime-minister'],
		['Министр иностранных дел', 'foreign-minister'],
		['Глава МИД', 'foreign-minister'],
		['Министр', 'minister'],
		['Президент', 'president'],
		['Король', 'monarch'],
		['Султан', 'monarch'],
		['Эмир', 'emir'],
		['Наследный принц', 'crown-prince'],
		['Канцлер', 'chancellor'],
		['Генеральный секретарь', 'secretary-general'],
		['Генсек', 'secretary-general'],
		['Председатель', 'chair'],
		['Посол', 'ambassador'],
		['Шейх', 'honorific'],
		['господин', 'honorific'],
		['коллега', 'counterpart'],
	],
	ar: [
		['نائب الرئيس', 'vice-president'],
		['نائب رئيس الوزراء', 'deputy-prime-minister'],
		['رئيس الوزراء', 'prime-minister'],
		['رئيس وزراء', 'prime-minister'],
		['رئيسة الوزراء', 'prime-minister'],
		['وزير الخارجية', 'foreign-minister'],
		['وزير خارجية', 'foreign-minister'],
		['وزيرة الخارجية', 'foreign-minister'],
		['وزير', 'minister'],
		['وزيرة', 'minister'],
		['رئيس', 'president'],
		['رئيسة', 'president'],
		['ملك', 'monarch'],
		['سلطان', 'monarch'],
		['أمير', 'emir'],
		['ولي العهد', 'crown-prince'],
		['المستشار', 'chancellor'],
		['الأمين العام', 'secretary-general'],
		['سفير', 'ambassador'],
		['الشيخ', 'honorific'],
		['الشيخة', 'honorific'],
		['السيد', 'honorific'],
		['السيدة', 'honorific'],
		['سمو', 'honorific'],
		['فخامة', 'honorific'],
		['نظير', 'counterpart'],
		['نظيره', 'counterpart'],
		['نظيرته', 'counterpart'],
	],
	fr: [
		['vice-président', 'vice-president'],
		['vice-premier ministre', 'deputy-prime-minister'],
		['Premier ministre', 'prime-minister'],
		['ministre des Affaires étrangères', 'foreign-minister'],
		['chef de la diplomatie', 'foreign-minister'],
		['ministre', 'minister'],
		['président', 'president'],
		['présidente', 'president'],
		['roi', 'monarch'],
		['reine', 'monarch'],
		['sultan', 'monarch'],
		['émir', 'emir'],
		['prince héritier', 'crown-prince'],
		['chancelier', 'chancellor'],
		['secrétaire général', 'secretary-general'],
		['ambassadeur', 'ambassador'],
		['cheikh', 'honorific'],
		['homologue', 'counterpart'],
	],
	tr: [
		['Cumhurbaşkanı Yardımcısı', 'vice-president'],
		['Cumhurbaşkanı', 'president'],
		['Devlet Başkanı', 'president'],
		['Başbakan Yardımcısı', 'deputy-prime-minister'],
		['Başbakan', 'prime-minister'],
		['Dışişleri Bakanı', 'foreign-minister'],
		['Bakan', 'minister'],
		['Kral', 'monarch'],
		['Emir', 'emir'],
		['Veliaht Prens', 'crown-prince'],
		['Şansölye', 'chancellor'],
		['Genel Sekreter', 'secretary-general'],
		['Büyükelçi', 'ambassador'],
		['Şeyh', 'honorific'],
		['mevkidaşı', 'counterpart'],
	],
};

interface TitleForm {
	office: Office;
	parts: Set<string>[];
}

const forms = new Map<string, TitleForm[]>();

/** The titles a text in `language` may use: its own and the English ones, longest first. */
function titleForms(language: string): TitleForm[] {
	const lang = baseLanguage(language);
	const cached = forms.get(lang);
	if (cached) return cached;
	const lists = [...(TITLES[lang] ?? []), ...(lang === 'en' ? [] : (TITLES['en'] ?? [])), ...(TITLES['ar'] ?? [])];
	const made = lists
		.map(([title, office]) => ({
			office,
			parts: title
				.split(/\s+/)
				.flatMap(partsOf)
				.map((p) => new Set(wordKeys(p, lang))),
		}))
		.sort((a, b) => b.parts.length - a.parts.length);
	forms.set(lang, made);
	return made;
}

export interface TitleAt {
	office: Office;
	/** The last token of the title. */
	last: number;
}

/** The title that starts at token `i`, if one does (the longest). */
export function titleAt(tokens: readonly Token[], i: number, language: string): TitleAt | undefined {
	// A title's words as parts: "Премьер-министр" is two parts, as "Vice President" is two words.
	for (const form of titleForms(language)) {
		let part = 0;
		let t = i;
		while (part < form.parts.length && t < tokens.length) {
			const pieces = partsOf(tokens[t]!.text);
			if (part + pieces.length > form.parts.length) break;
			const ok = pieces.every((piece, k) => meet(wordKeys(piece, language), form.parts[part + k]!));
			if (!ok) break;
			part += pieces.length;
			if (part < form.parts.length && tokens[t]!.after !== '') break;
			t++;
		}
		if (part === form.parts.length) return { office: form.office, last: t - 1 };
	}
	return undefined;
}

/** The office an office text of the collection names ("President of Northland" is a president). */
export function officeOf(text: string, language: string): Office | undefined {
	const words = text.split(/\s+/).filter(Boolean);
	const tokens = words.map((w) => ({ text: w, after: '' }) as Token);
	for (let i = 0; i < tokens.length; i++) {
		const title = titleAt(tokens, i, language);
		if (title && title.office !== 'honorific') return title.office;
	}
	return undefined;
}

/** Whether a title in a source agrees with the office the collection gives: "Minister" fits a foreign minister. */
export function officesAgree(given: Office, collection: Office): boolean {
	if (given === collection || given === 'honorific' || given === 'counterpart') return true;
	if (given === 'minister') return collection === 'foreign-minister' || collection === 'deputy-prime-minister';
	// An emir is his country's monarch; a head of state may be styled chairman (Председатель КНР).
	const same = (a: Office, b: Office) => (given === a && collection === b) || (given === b && collection === a);
	return same('monarch', 'emir') || same('chair', 'president');
}
