import { handoutText } from "./messages";

/** Where the served app keeps its one-file copy (npm run build writes it there). */
export const OFFLINE_COPY = `${import.meta.env.BASE_URL}offline/japan-asean-cybersecurity-meetings.html`;

function escapeAttribute(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

/**
 * The one-file app (decision 008), set to open at `view` (an app path such as "/handout?meetings=deck")
 * when it is opened from disk: the served copy with a `<meta name="ajcpm-start">` in its head. Throws
 * with a sentence to show when the copy cannot be fetched (offline before it was ever fetched).
 */
export async function offlineCopy(view: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(OFFLINE_COPY);
  } catch {
    throw new Error(handoutText().copyOffline());
  }
  if (!response.ok) {
    throw new Error(handoutText().copyStatus({ status: response.status }));
  }
  const html = await response.text();
  const start = `<meta name="ajcpm-start" content="${escapeAttribute(view)}">`;
  const marked = html.replace(/<head>/i, () => `<head>${start}`);
  return new Blob([marked], { type: "text/html" });
}
