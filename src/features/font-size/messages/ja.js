// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { select } from "@messageformat/runtime";
export default {
  textSize: () => "文字サイズ",
  sizeName: (d) => "（" + select(d.size, { S: "小", M: "中", other: "大" }) + "）"
}
