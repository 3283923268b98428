// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly heading: () => string;
  readonly notUnderstood: (values: { names: string | number }) => string;
  readonly yearsSwapped: (values: { from: string | number; to: string | number }) => string;
  readonly showingSome: (values: { shown: string | number; total: string | number }) => string;
  readonly entries: (values: { count: number }) => string;
  readonly undatedHidden: (values: { count: number }) => string;
  readonly pagedHint: (values: { first: string | number; last: string | number; year: string | number }) => string;
  readonly keysHint: () => string;
  readonly pageKeysHint: () => string;
  readonly clearFilters: () => string;
  readonly emptyDataset: () => string;
  readonly noMatch: () => string;
  readonly selectedFilteredOut: () => string;
  readonly relatedEvent: () => string;
  readonly pageAll: () => string;
  readonly pageYear: (values: { year: string | number }) => string;
  readonly pagePart: (values: { label: string | number; part: string | number; parts: string | number }) => string;
  readonly sentenceSeparator: () => string;
};
declare const messages: Messages;
export default messages;
