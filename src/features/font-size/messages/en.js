// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { select } from "@messageformat/runtime";
export default {
  textSize: () => "Text size",
  sizeName: (d) => "(" + select(d.size, { S: "Small", M: "Medium", other: "Large" }) + " text)"
}
