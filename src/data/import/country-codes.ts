/** A country's name made comparable: "the Philippines" → "philippines", "Viet Nam" → "vietnam". */
function comparable(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\(.*?\)/g, "")
    .replace(/^the\s+/, "")
    .replace(/[\s\p{P}]/gu, "");
}

let names: Map<string, string> | undefined;
const codes = new Set<string>();

/**
 * The ISO 3166-1 code of a country named in English or Japanese ("Viet Nam", "the Philippines",
 * "ベトナム", or the code itself, "VN"), from the platform's own region names (`Intl.DisplayNames`,
 * the same in Node and browsers); undefined when no country has that name.
 */
export function countryCodeOf(name: string): string | undefined {
  const trimmed = name.trim();
  if (names === undefined) {
    names = new Map();
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const displays = ["en", "ja"].map(
      (locale) => new Intl.DisplayNames([locale], { type: "region" }),
    );
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        for (const display of displays) {
          const shown = display.of(code);
          // Codes that are not regions come back as themselves or as "Unknown Region"; withdrawn
          // codes (VD, BU, DD) still have names, but the platform maps them to today's (VN, MM, DE).
          if (shown === undefined || shown === code || /unknown/i.test(shown)) continue;
          if (new Intl.Locale(`und-${code}`).region !== code) continue;
          codes.add(code);
          if (!names.has(comparable(shown))) names.set(comparable(shown), code);
        }
      }
    }
  }
  if (/^[A-Z]{2}$/.test(trimmed)) return codes.has(trimmed) ? trimmed : undefined;
  return names.get(comparable(trimmed));
}
