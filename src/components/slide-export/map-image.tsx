import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createRoot } from "react-dom/client";
import type { Place } from "../../data/venue-groups";
import { VenueMapSvg } from "../venue-map/venue-map-svg";

/** The styles that give the map its look, copied onto each shape so the picture stands alone. */
const DRAWN = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linejoin",
  "paint-order",
  "font-size",
  "font-weight",
  "font-family",
  "opacity",
] as const;

/** Resolves once `check` holds, checking each frame; rejects after `ms`. */
function when(check: () => boolean, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const until = performance.now() + ms;
    const look = () => {
      if (check()) resolve();
      else if (performance.now() > until) reject(new Error("the map did not draw in time"));
      else requestAnimationFrame(look);
    };
    look();
  });
}

/**
 * A slide's venue map as a PNG picture (a data: URL) of `width`×`height` CSS pixels drawn at `scale`
 * times that, for a PowerPoint slide: the same SVG map the slides show (decision 011), drawn off
 * screen with every outline at once, its styles copied onto its shapes, then painted on a canvas.
 * Needs the app's query client (the basemap). Throws if the map cannot be drawn.
 */
export async function mapImage({
  queryClient,
  places,
  selectedKey,
  width,
  height,
  scale = 2,
}: {
  queryClient: QueryClient;
  places: readonly Place[];
  selectedKey: string | undefined;
  width: number;
  height: number;
  scale?: number;
}): Promise<string> {
  const host = document.createElement("div");
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${String(width)}px;height:${String(height)}px;`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    root.render(
      <QueryClientProvider client={queryClient}>
        <div style={{ width, height }}>
          <VenueMapSvg places={places} selectedKey={selectedKey} variant="slide" allAtOnce />
        </div>
      </QueryClientProvider>,
    );
    await when(() => host.querySelector("svg path") !== null, 10_000);
    const svg = host.querySelector("svg");
    if (svg === null) throw new Error("the map did not draw");
    const copy = svg.cloneNode(true);
    if (!(copy instanceof SVGSVGElement)) throw new Error("the map is not an SVG drawing");
    const sources = [svg, ...svg.querySelectorAll("*")];
    const targets = [copy, ...copy.querySelectorAll("*")];
    sources.forEach((source, i) => {
      const target = targets[i];
      if (target === undefined) return;
      const style = getComputedStyle(source);
      for (const property of DRAWN) target.setAttribute(property, style.getPropertyValue(property));
    });
    copy.setAttribute("width", String(width));
    copy.setAttribute("height", String(height));
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    // The sea: the map's own colour behind its shapes.
    const background = "#cfe3f1";
    const markup = new XMLSerializer().serializeToString(copy);
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (context === null) throw new Error("this browser cannot draw pictures");
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL("image/png");
  } finally {
    root.unmount();
    host.remove();
  }
}
