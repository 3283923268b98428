// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly participantsNotRecorded: () => string;
  readonly listSeparator: () => string;
  readonly japanAndAsean: (values: { count: string | number; japan: string | number }) => string;
  readonly organisersNotRecorded: () => string;
  readonly organisedBy: (values: { names: string | number }) => string;
  readonly organisedInJapanBy: (values: { names: string | number }) => string;
};
declare const messages: Messages;
export default messages;
