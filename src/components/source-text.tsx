import type { ElementType } from "react";
import { activeLocale } from "../data/i18n/locale";
import { partsText } from "./part-messages";

/**
 * Text the sources give only in English (a title, a summary, an achievement, a co-chair's role),
 * shown as they give it. On a page in another language it is marked `lang="en"` (screen readers
 * switch voice) and, for a block of text (`labelled`), introduced as 英語の資料のみ ("English
 * sources only"): it is never translated by us (decision 019). `as` gives it an element of its
 * own (a paragraph); without one it is inline text. Its label's style is in the page's stylesheet
 * (app/styles.css): a file of its own cost the first screen more than the rule does.
 */
export function SourceText({
  text,
  as,
  className,
  labelled = false,
}: {
  text: string;
  as?: ElementType;
  className?: string;
  labelled?: boolean;
}) {
  const Element = as ?? "span";
  if (activeLocale() === "en") {
    // Inline text with no element of its own stays bare, as it was before there were languages.
    return as === undefined && className === undefined ? (
      <>{text}</>
    ) : (
      <Element className={className}>{text}</Element>
    );
  }
  return (
    <Element className={className}>
      {labelled ? <span className="english-only">{partsText().englishOnly()}</span> : null}
      <span lang="en">{text}</span>
    </Element>
  );
}
