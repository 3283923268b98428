// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly heading: () => string;
  readonly label: () => string;
  readonly hint: () => string;
  readonly pageTitle: () => string;
  readonly pageTitleQuery: (values: { query: string | number }) => string;
  readonly typeAWord: () => string;
  readonly noResults: (values: { query: string | number }) => string;
  readonly results: (values: { query: string | number; total: number }) => string;
  readonly resultsSome: (values: { query: string | number; shown: string | number; total: number }) => string;
  readonly achievement: (values: { meeting: string | number; n: string | number }) => string;
  readonly more: () => string;
  readonly fieldTitle: () => string;
  readonly fieldAchievement: () => string;
  readonly fieldSummary: () => string;
  readonly fieldCoChairs: () => string;
  readonly fieldOrganisations: () => string;
  readonly fieldPlace: () => string;
  readonly fieldNotes: () => string;
  readonly fieldSources: () => string;
};
declare const messages: Messages;
export default messages;
