/** The collection the component tests render from: the tiny valid fixture. */
export const FIXTURE_COLLECTION = 'tests/fixtures/valid/briefings';
