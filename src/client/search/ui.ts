/** Everything the search needs once a reader uses it, fetched as one file by the loader. */
export { mountDropdown } from './dropdown.ts';
export { mountSearchPage } from './page.ts';
export { highlightSearchTerms } from './highlight.ts';
