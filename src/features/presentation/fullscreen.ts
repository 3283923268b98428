import { presentText } from "./messages";

/**
 * Turns the browser's full screen on or off for the whole page. `onRefused` gets a sentence to show
 * when the browser says no (an embedded frame, a browser without the API).
 */
export function toggleFullscreen(onRefused: (message: string) => void): void {
  const request = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen();
  request.catch(() => {
    onRefused(presentText().fullscreenRefused());
  });
}
