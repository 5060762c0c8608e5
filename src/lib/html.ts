/** Building HTML as text, safely: everything an author wrote is escaped on the way in. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML content or in a quoted attribute value. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** ` name="value"` pairs for an element; `undefined` and `false` leave the attribute out, `true` writes it bare. */
export function attributes(attrs: Record<string, string | number | boolean | undefined>): string {
	let html = '';
	for (const [name, value] of Object.entries(attrs)) {
		if (value === undefined || value === false) continue;
		html += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
	}
	return html;
}
