import type { Page } from "@playwright/test";

/**
 * What a reader would see as broken in the page as it is laid out now, each in words: the page
 * wider than the window, text cut off by a box too small for it, pieces of text drawn over each
 * other, a map popup or marker past the map's edge. An empty list means none of these.
 */
export async function layoutFaults(page: Page): Promise<string[]> {
  // Two frames: the layout after a resize or a font change has settled.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
  return page.evaluate(() => {
    const faults: string[] = [];
    const root = document.documentElement;

    /** A short name for an element, for the message. */
    function describe(element: Element): string {
      const label =
        element.getAttribute("aria-label") ??
        element.textContent.replace(/\s+/g, " ").trim().slice(0, 40);
      const cls = typeof element.className === "string" ? element.className.split(" ")[0] : "";
      return `${element.tagName.toLowerCase()}${cls === "" || cls === undefined ? "" : `.${cls}`} "${label}"`;
    }

    function hidden(element: Element): boolean {
      return (
        element.closest(".visually-hidden, [hidden], .leaflet-control-attribution") !== null ||
        !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      );
    }

    // 1. The page is no wider than the window.
    if (root.scrollWidth > root.clientWidth + 1) {
      const widest = [...document.body.querySelectorAll("*")]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
        .filter((element) => !hidden(element))
        .slice(-1)[0];
      faults.push(
        `the page is ${String(root.scrollWidth)} px wide in a ${String(root.clientWidth)} px window${
          widest === undefined ? "" : ` (${describe(widest)} reaches past it)`
        }`,
      );
    }

    // 2. No box cuts off its own text (overflow hidden or clip, or an ellipsis).
    for (const element of document.body.querySelectorAll("*")) {
      // Leaflet's own box holds a map larger than itself by design; its labels and popups are
      // checked below.
      if (hidden(element) || element.closest(".leaflet-container") !== null) continue;
      if (element.textContent.trim() === "") continue;
      const style = getComputedStyle(element);
      const clipsX = ["hidden", "clip"].includes(style.overflowX);
      const clipsY = ["hidden", "clip"].includes(style.overflowY);
      if (!clipsX && !clipsY && style.textOverflow !== "ellipsis") continue;
      const cutX = element.scrollWidth > element.clientWidth + 1;
      const cutY = element.scrollHeight > element.clientHeight + 1;
      if ((clipsX && cutX) || (clipsY && cutY) || (style.textOverflow === "ellipsis" && cutX)) {
        faults.push(
          `${describe(element)} cuts off its content (${String(element.scrollWidth)}×${String(element.scrollHeight)} in ${String(element.clientWidth)}×${String(element.clientHeight)})`,
        );
      }
    }

    // 3. No two pieces of visible text are drawn over each other. A piece is seen only within the
    // boxes that clip it (a scrolled list shows part of its entries); one placed wholly off the
    // page on purpose (the skip link until focused) is not seen at all.
    function visiblePart(rect: DOMRect, element: Element): DOMRect | undefined {
      let { left, top, right, bottom } = rect;
      for (let box = element.parentElement; box !== null; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === "visible" && style.overflowY === "visible") continue;
        const clip = box.getBoundingClientRect();
        left = Math.max(left, clip.left);
        top = Math.max(top, clip.top);
        right = Math.min(right, clip.right);
        bottom = Math.min(bottom, clip.bottom);
      }
      if (bottom + window.scrollY <= 0 || right + window.scrollX <= 0) return undefined;
      return right - left > 1 && bottom - top > 1
        ? new DOMRect(left, top, right - left, bottom - top)
        : undefined;
    }
    type Box = { rect: DOMRect; node: Text };
    const boxes: Box[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (!(node instanceof Text) || node.data.trim() === "") continue;
      const parent = node.parentElement;
      if (parent === null || hidden(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const seen = visiblePart(rect, parent);
        if (seen !== undefined) boxes.push({ rect: seen, node });
      }
    }
    const reported = new Set<string>();
    for (let i = 0; i < boxes.length; i += 1) {
      const a = boxes[i];
      if (a === undefined) continue;
      for (let j = i + 1; j < boxes.length; j += 1) {
        const b = boxes[j];
        if (b === undefined || b.node === a.node) continue;
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        // Lines of one paragraph touch; a real overlap covers a good part of a line.
        if (x <= 3 || y <= Math.min(a.rect.height, b.rect.height) / 3) continue;
        const key = `${a.node.data.trim().slice(0, 30)} / ${b.node.data.trim().slice(0, 30)}`;
        if (reported.has(key)) continue;
        reported.add(key);
        faults.push(
          `text overlaps: "${a.node.data.trim().slice(0, 30)}" and "${b.node.data.trim().slice(0, 30)}"`,
        );
      }
    }

    // 4. An open map popup lies wholly inside its map; on the full-size map, which shows the
    // whole region, so does every marker.
    for (const map of document.querySelectorAll(".leaflet-container")) {
      const edge = map.getBoundingClientRect();
      const whole = map.closest(".map-panel--full") !== null;
      for (const item of map.querySelectorAll(
        whole ? ".leaflet-popup, .venue-marker" : ".leaflet-popup",
      )) {
        const r = item.getBoundingClientRect();
        const outside =
          r.left < edge.left - 1 ||
          r.right > edge.right + 1 ||
          r.top < edge.top - 1 ||
          r.bottom > edge.bottom + 1;
        const visible =
          r.right > edge.left && r.left < edge.right && r.bottom > edge.top && r.top < edge.bottom;
        if (outside && (item.classList.contains("leaflet-popup") || visible)) {
          faults.push(`${describe(item)} is cut by the map's edge`);
        }
      }
    }
    return faults;
  });
}
