// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly heading: () => string;
  readonly placed: (values: { placed: string | number; total: string | number }) => string;
  readonly marksNumber: () => string;
  readonly marksCount: () => string;
  readonly notPlaced: (values: { list: string | number }) => string;
  readonly unplacedItem: (values: { label: string | number; missing: string }) => string;
  readonly listSeparator: () => string;
  readonly chartTitle: () => string;
  readonly showTable: () => string;
  readonly caption: () => string;
  readonly meeting: () => string;
  readonly date: () => string;
  readonly host: () => string;
};
declare const messages: Messages;
export default messages;
