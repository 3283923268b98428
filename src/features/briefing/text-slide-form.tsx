import { useId, useState } from "react";
import type { SlideRef } from "../../data/deck";
import { MAX_TEXT } from "../../data/deck-address";
import { briefingText } from "./messages";

/** Titles a briefer often starts from; the words on the slide are always the briefer's own. */
function starters(): string[] {
  const text = briefingText();
  return [text.starterAgenda(), text.starterKeyMessages(), text.starterQuestions()];
}

/** The briefer's own slide: a title and points, one per line. */
export function TextSlideForm({ onAdd }: { onAdd: (ref: SlideRef) => void }) {
  const id = useId();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [problem, setProblem] = useState("");
  const text = briefingText();
  return (
    <form
      className="briefing__text-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim() === "") {
          setProblem(text.giveTitle());
          return;
        }
        onAdd({ kind: "text", title: title.trim(), body: body.trim() });
        setTitle("");
        setBody("");
        setProblem("");
      }}
    >
      <h3 id={`${id}-heading`}>{text.ownSlide()}</h3>
      <p className="briefing__starters">
        {text.startFrom()}{" "}
        {starters().map((starter) => (
          <button
            key={starter}
            type="button"
            className="briefing__small"
            onClick={() => {
              setTitle(starter);
            }}
          >
            {starter}
          </button>
        ))}
      </p>
      <label htmlFor={`${id}-title`}>{text.title()}</label>
      <input
        id={`${id}-title`}
        value={title}
        maxLength={200}
        aria-invalid={problem === "" ? undefined : true}
        aria-describedby={problem === "" ? undefined : `${id}-problem`}
        onChange={(event) => {
          setTitle(event.target.value);
        }}
      />
      <label htmlFor={`${id}-body`}>{text.points()}</label>
      <textarea
        id={`${id}-body`}
        value={body}
        maxLength={MAX_TEXT}
        rows={4}
        onChange={(event) => {
          setBody(event.target.value);
        }}
      />
      {problem === "" ? null : (
        <p id={`${id}-problem`} className="briefing__problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">{text.addThisSlide()}</button>
    </form>
  );
}
