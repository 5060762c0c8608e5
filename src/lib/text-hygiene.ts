/**
 * What pasted text really contains. Authors copy names and text from web
 * pages, PDFs and word processors, which bring invisible characters along:
 * zero-width spaces, direction controls, look-alike letters from another
 * script. The checker uses these to say exactly what is wrong and where.
 */

/** Trimmed and in Unicode normal form C, so the same word is always the same string. */
export function normalizeText(text: string): string {
	return text.normalize('NFC').trim();
}

const NAMES: Record<number, string> = {
	0x00: 'NUL',
	0x00ad: 'soft hyphen',
	0x061c: 'Arabic letter mark',
	0x180e: 'Mongolian vowel separator',
	0x200b: 'zero-width space',
	0x200c: 'zero-width non-joiner',
	0x200d: 'zero-width joiner',
	0x200e: 'left-to-right mark',
	0x200f: 'right-to-left mark',
	0x202a: 'left-to-right embedding',
	0x202b: 'right-to-left embedding',
	0x202c: 'pop directional formatting',
	0x202d: 'left-to-right override',
	0x202e: 'right-to-left override',
	0x2060: 'word joiner',
	0x2066: 'left-to-right isolate',
	0x2067: 'right-to-left isolate',
	0x2068: 'first strong isolate',
	0x2069: 'pop directional isolate',
	0xfeff: 'byte-order mark',
};

/** `U+202E (right-to-left override)`: how a problem line names an invisible character. */
export function describeCharacter(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	const hex = code.toString(16).toUpperCase().padStart(4, '0');
	const name = NAMES[code] ?? (code < 0x20 || code === 0x7f ? 'control character' : 'format character');
	return `U+${hex} (${name})`;
}

/** Characters that change how text is displayed or read without being seen: direction overrides and isolates. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** C0 and C1 control characters other than tab, line feed and carriage return: finding them is the point. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Every invisible or format character (Unicode category Cf), and controls. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

export interface CharacterProblem {
	/** 0-based offset in the text. */
	index: number;
	char: string;
}

/** Control characters and direction overrides anywhere in a file: never intended, sometimes malicious. */
export function findUnsafeCharacters(text: string): CharacterProblem[] {
	const found: CharacterProblem[] = [];
	const pattern = new RegExp(`${CONTROL.source}|${BIDI_CONTROL.source}`, 'gu');
	for (const match of text.matchAll(pattern)) found.push({ index: match.index, char: match[0] });
	return found;
}

/** The first invisible or control character in a short value such as an id. */
export function findInvisible(value: string): CharacterProblem | undefined {
	const match = INVISIBLE.exec(value);
	return match ? { index: match.index, char: match[0] } : undefined;
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Armenian', 'Georgian', 'Hebrew'] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

/** The scripts whose letters a value uses, such as `['Latin', 'Cyrillic']` for a Latin id with a Cyrillic «о». */
export function scriptsOf(value: string): string[] {
	return SCRIPT_PATTERNS.filter(([, pattern]) => pattern.test(value)).map(([script]) => script);
}

/** The first letter of a value that is not in its first letter's script. */
export function firstForeignLetter(value: string): { index: number; char: string; script: string } | undefined {
	const [main] = scriptsOf(value.slice(0, 1));
	if (!main) return undefined;
	for (const [index, char] of [...value].entries()) {
		const script = scriptsOf(char)[0];
		if (script && script !== main) return { index, char, script };
	}
	return undefined;
}
