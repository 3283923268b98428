import { useEffect, useRef } from "react";
import { presentText } from "./messages";

/** The keys presenter mode answers to, and what each does, in the page's language. */
function keys(): [string, string][] {
  const text = presentText();
  return [
    [text.keyNext(), text.doesNext()],
    [text.keyPrevious(), text.doesPrevious()],
    [text.keyFirstLast(), text.doesFirstLast()],
    [text.keyNumber(), text.doesNumber()],
    [text.keyBlank(), text.doesBlank()],
    ["F", text.doesFullscreen()],
    ["S", text.doesSpeaker()],
    [text.keyGrid(), text.doesGrid()],
    ["Esc", text.doesExit()],
    ["?", text.doesHelp()],
  ];
}

export function PresenterHelp({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(function focusClose() {
    close.current?.focus();
  }, []);
  const text = presentText();
  return (
    <div
      className="presenter__help"
      role="dialog"
      aria-modal="true"
      aria-labelledby="presenter-help-title"
    >
      <h2 id="presenter-help-title">{text.helpTitle()}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{text.key()}</th>
            <th scope="col">{text.does()}</th>
          </tr>
        </thead>
        <tbody>
          {keys().map(([key, does]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" ref={close} onClick={onClose}>
        {text.close()}
      </button>
    </div>
  );
}
