// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly building: () => string;
  readonly downloaded: (values: { file: string | number; size: string | number }) => string;
  readonly notBuilt: (values: { error: string | number }) => string;
  readonly downloadPptx: () => string;
  readonly slidesAsPdf: () => string;
  readonly slidesAsPdfNotes: () => string;
  readonly mapUnavailable: () => string;
  readonly mapAlt: () => string;
  readonly subject: () => string;
};
declare const messages: Messages;
export default messages;
