import { useEffect, useRef } from "react";

const KEYS: [string, string][] = [
  ["→ ↓ PageDown Space Enter", "Next slide"],
  ["← ↑ PageUp Backspace", "Previous slide"],
  ["Home / End", "First / last slide"],
  ["a number, then Enter", "Go to that slide"],
  ["B or .", "Blank the screen (any key returns)"],
  ["F", "Full screen on or off"],
  ["S", "Open the speaker view (notes, next slide, timer) in a second window"],
  ["O or G", "All slides at a glance: arrows and Enter to jump, Esc to return"],
  ["Esc", "Leave to the explorer, on this meeting"],
  ["?", "Show or hide these keys"],
];

export function PresenterHelp({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(function focusClose() {
    close.current?.focus();
  }, []);
  return (
    <div
      className="presenter__help"
      role="dialog"
      aria-modal="true"
      aria-labelledby="presenter-help-title"
    >
      <h2 id="presenter-help-title">Presenter keys</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map(([key, does]) => (
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
        Close
      </button>
    </div>
  );
}
