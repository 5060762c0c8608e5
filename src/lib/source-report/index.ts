/**
 * The source report of `npm run new:source`: what a new source names that the
 * collection knows (in any word form, countries by their adjective too), what
 * it says otherwise than the collection, and the names with no page yet.
 */
export { analyseSource, type KnownFinding, type SourceReport, type UnknownFinding } from './analyse.ts';
export { knownEntities, type EntryLike, type KnownEntity } from './collection.ts';
export type { Disagreement, Fact } from './disagreements.ts';
export { describeDisagreement, formatReport } from './format.ts';
