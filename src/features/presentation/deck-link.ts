import { useEffect, useEffectEvent, useRef, useState } from "react";

/**
 * Keeps the windows showing one deck on the same slide: the audience's window and the speaker
 * view (decision 014). A message says only "this window is at slide N of deck D"; each window
 * renders from the deck and dataset it already has.
 *
 * Two ways are used at once, as both exist: a BroadcastChannel reaches every window of the app's
 * origin; pages opened from disk have opaque origins that a channel does not join, so messages also
 * go by postMessage to the window that opened this one and to each window heard from. The speaker
 * view says hello every second, so a reloaded audience window is found again.
 */
const CHANNEL = "ajcpm-deck";
const HELLO_EVERY_MS = 1000;

type LinkMessage = {
  app: typeof CHANNEL;
  kind: "hello" | "at";
  deck: string;
  slide: number;
  /** Which window sent it, and when, by its clock (ms): older news never undoes newer. */
  from: string;
  sent: number;
};

/**
 * Whether a value is a window this one can post to. A window opened from disk is cross-origin to
 * its opener (each file:// page has an opaque origin), and `instanceof Window` is false for such a
 * window; `postMessage` is one of the few things it lets another origin reach.
 */
function isPostable(value: unknown): value is Window {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof Reflect.get(value, "postMessage") === "function"
  );
}

function isLinkMessage(value: unknown): value is LinkMessage {
  if (typeof value !== "object" || value === null) return false;
  const get = (key: string): unknown => Reflect.get(value, key);
  const slide = get("slide");
  const sent = get("sent");
  return (
    get("app") === CHANNEL &&
    (get("kind") === "hello" || get("kind") === "at") &&
    typeof get("deck") === "string" &&
    typeof slide === "number" &&
    Number.isInteger(slide) &&
    slide >= 1 &&
    typeof get("from") === "string" &&
    typeof sent === "number"
  );
}

/**
 * Links this window to the others showing deck `deck`: announces `current` whenever it changes
 * here, and calls `follow(n)` when another window moves. `peer` is a window this one opened (the
 * speaker view), if any; `heartbeat` makes this window say hello every second (the speaker view).
 */
export function useDeckLink({
  deck,
  current,
  follow,
  peer,
  heartbeat = false,
}: {
  deck: string;
  current: number;
  follow: (slide: number) => void;
  peer?: { current: Window | null };
  heartbeat?: boolean;
}): void {
  const [self] = useState(() => ({ current: `w${Math.random().toString(36).slice(2)}` }));
  const peers = useRef(new Set<MessageEventSource>());
  const known = useRef(new Set<string>());
  const channel = useRef<BroadcastChannel | null>(null);
  const lastMove = useRef(0);

  const send = useEffectEvent((kind: LinkMessage["kind"]) => {
    const message: LinkMessage = {
      app: CHANNEL,
      kind,
      deck,
      slide: current,
      from: self.current,
      sent: Date.now(),
    };
    channel.current?.postMessage(message);
    const targets = new Set<MessageEventSource>(peers.current);
    const opener: unknown = window.opener;
    if (isPostable(opener)) targets.add(opener);
    const opened = peer?.current;
    if (opened !== null && opened !== undefined && !opened.closed) targets.add(opened);
    for (const target of targets) {
      try {
        // An opaque (file://) origin can only be reached with "*"; the message holds no secret.
        if (target instanceof MessagePort || target instanceof ServiceWorker) {
          target.postMessage(message);
        } else if (isPostable(target)) {
          target.postMessage(message, "*");
        }
      } catch {
        peers.current.delete(target);
      }
    }
  });

  const receive = useEffectEvent((data: unknown, source: MessageEventSource | null) => {
    if (!isLinkMessage(data) || data.from === self.current || data.deck !== deck) return;
    if (source !== null) peers.current.add(source);
    const firstContact = !known.current.has(data.from);
    known.current.add(data.from);
    if (data.kind === "hello") {
      // A window met for the first time is told where this one is; later hellos need no answer.
      if (firstContact) send("at");
      return;
    }
    if (data.sent < lastMove.current) return;
    lastMove.current = data.sent;
    if (data.slide !== current) follow(data.slide);
  });

  useEffect(function openTheLink() {
    if (typeof BroadcastChannel !== "undefined" && window.location.protocol !== "file:") {
      channel.current = new BroadcastChannel(CHANNEL);
      channel.current.onmessage = (event: MessageEvent) => {
        receive(event.data, null);
      };
    }
    const onMessage = (event: MessageEvent) => {
      // Only this app's own pages: the same origin, or both opened from disk.
      if (event.origin !== window.location.origin && event.origin !== "null") return;
      receive(event.data, event.source);
    };
    window.addEventListener("message", onMessage);
    send("hello");
    return () => {
      window.removeEventListener("message", onMessage);
      channel.current?.close();
      channel.current = null;
    };
  }, []);

  useEffect(
    function sayHelloEverySecond() {
      if (!heartbeat) return;
      const timer = window.setInterval(() => {
        send("hello");
      }, HELLO_EVERY_MS);
      return () => {
        window.clearInterval(timer);
      };
    },
    [heartbeat],
  );

  useEffect(
    function announceTheSlide() {
      lastMove.current = Date.now();
      send("at");
    },
    [current, deck],
  );
}
