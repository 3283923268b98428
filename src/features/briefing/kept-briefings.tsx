import { activeLocale } from "../../data/i18n/locale";
import type { SavedBriefing } from "../../data/saved-briefings";
import { briefingText } from "./messages";

/** The briefings kept in this browser, newest first as stored, each with a button to open it. */
export function KeptBriefings({
  saved,
  onOpen,
}: {
  saved: readonly SavedBriefing[];
  onOpen: (briefing: SavedBriefing) => void;
}) {
  if (saved.length === 0) return null;
  const text = briefingText();
  const locale = activeLocale() === "ja" ? "ja-JP" : "en-GB";
  return (
    <>
      <h3>{text.keptHere()}</h3>
      <ul className="briefing__saved">
        {saved.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              onClick={() => {
                onOpen(item);
              }}
            >
              {text.open()}
              <span className="visually-hidden">{text.openWhich({ name: item.name })}</span>
            </button>{" "}
            {item.name}{" "}
            <span className="briefing__meta">
              {text.savedMeta({
                count: item.refs.length,
                date: new Date(item.savedAt).toLocaleString(locale),
              })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
