import type { SavedBriefing } from "../../data/saved-briefings";

/** The briefings kept in this browser, newest first as stored, each with a button to open it. */
export function KeptBriefings({
  saved,
  onOpen,
}: {
  saved: readonly SavedBriefing[];
  onOpen: (briefing: SavedBriefing) => void;
}) {
  if (saved.length === 0) return null;
  return (
    <>
      <h3>Kept in this browser</h3>
      <ul className="briefing__saved">
        {saved.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              onClick={() => {
                onOpen(item);
              }}
            >
              Open<span className="visually-hidden"> “{item.name}”</span>
            </button>{" "}
            {item.name}{" "}
            <span className="briefing__meta">
              {item.refs.length} slides, saved {new Date(item.savedAt).toLocaleString("en-GB")}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
