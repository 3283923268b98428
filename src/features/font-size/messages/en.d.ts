// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly textSize: () => string;
  readonly sizeName: (values: { size: string }) => string;
};
declare const messages: Messages;
export default messages;
