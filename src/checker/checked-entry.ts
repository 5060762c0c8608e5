/** What the checker hands on for each entry: the rules that span entries, the saved check and the site read it. */
import type { BriefingBody } from '../lib/body/tree.ts';
import type { RawEntry } from './read.ts';

/** An entry whose data passed its schema, with its body parsed. */
export interface CheckedEntry extends RawEntry {
	data: Record<string, unknown>;
	/** The parsed body, for briefings. */
	parsed?: BriefingBody;
}
