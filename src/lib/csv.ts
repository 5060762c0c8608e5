/**
 * CSV as spreadsheet programs read it (RFC 4180): comma-separated, a field
 * quoted when it holds a comma, a quote or a line break, and a UTF-8
 * byte-order mark first, without which Excel reads Arabic as mojibake.
 */

const BOM = '\uFEFF';

/** One field, quoted if it must be. */
export function csvField(value: string | number | boolean | undefined): string {
	const text = value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: the header row, then one row per record, lines ending CRLF as the RFC says. */
export function toCsv(
	headers: readonly string[],
	rows: readonly (readonly (string | number | boolean | undefined)[])[],
): string {
	return BOM + [headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
