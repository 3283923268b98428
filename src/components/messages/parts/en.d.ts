// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly notRecorded: () => string;
  readonly whatNotRecorded: (values: { what: string | number }) => string;
  readonly strengthA: () => string;
  readonly strengthB: () => string;
  readonly strengthC: () => string;
  readonly strengthNotRecorded: () => string;
  readonly sourceDate: () => string;
  readonly gives: (values: { supports: string | number }) => string;
  readonly addressNotRecorded: () => string;
  readonly opensInNewTab: () => string;
  readonly copyLink: () => string;
  readonly linkCopied: () => string;
  readonly copyRefused: () => string;
};
declare const messages: Messages;
export default messages;
