// Written by scripts/compile-messages.ts.
import type { Messages } from "./en.js";
declare const messages: Messages;
export default messages;
