import fc from "fast-check";

/** A JSON value, for mutating datasets without knowing their shape. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Copies any value into a plain JSON tree (what JSON.stringify would keep), with its type known. */
export function toJson(value: unknown): Json {
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((item: unknown) => toJson(item));
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = toJson(item);
    }
    return out;
  }
  return null;
}

/** Every path in a JSON tree, root included. */
export function allPaths(value: Json, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => allPaths(v, [...at, i])));
  if (isObject(value))
    return here.concat(...Object.entries(value).map(([k, v]) => allPaths(v, [...at, k])));
  return here;
}

function clone(value: Json): Json {
  return structuredClone(value);
}

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (Array.isArray(node) && typeof key === "number") node = node[key] ?? null;
    else if (isObject(node) && typeof key === "string") node = node[key] ?? null;
    else return undefined;
  }
  const key = path.at(-1);
  return key === undefined ? undefined : { parent: node, key };
}

function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const found = parentOf(root, path);
  if (found === undefined) return root;
  const { parent, key } = found;
  if (Array.isArray(parent) && typeof key === "number") {
    if (value === undefined) parent.splice(key, 1);
    else parent[key] = value;
  } else if (isObject(parent) && typeof key === "string") {
    if (value === undefined) Reflect.deleteProperty(parent, key);
    else parent[key] = value;
  }
  return root;
}

const oddStrings = fc.constantFrom(
  "",
  " ",
  "\u202Eevil\u202C",
  "\u200B\u200B",
  "\uD800",
  "𝓤𝓷𝓲𝓬𝓸𝓭𝓮 🇯🇵🇹🇭",
  "<script>alert(1)</script>",
  "not recorded",
  "NOT RECORDED",
  "x".repeat(100_000),
  "nowhere",
  "2014-02-30",
  "javascript:alert(1)",
);

const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, -1, 0, 1e308)),
  oddStrings,
  fc.string(),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
);

export type Mutation = { pick: number; kind: "replace" | "duplicate"; value: Json | undefined };

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom("replace" as const, "replace" as const, "duplicate" as const),
  value: replacement,
});

/** Applies mutations to a copy: replace or delete a value, or duplicate an array element (duplicate ids). */
export function mutate(base: Json, mutations: readonly Mutation[]): Json {
  let root = clone(base);
  for (const m of mutations) {
    const paths = allPaths(root);
    const path = paths[m.pick % paths.length] ?? [];
    if (m.kind === "duplicate") {
      const found = parentOf(root, path);
      if (found !== undefined && Array.isArray(found.parent) && typeof found.key === "number") {
        const item = found.parent[found.key];
        if (item !== undefined) found.parent.push(clone(item));
        continue;
      }
    }
    root = setAt(root, path, m.value);
  }
  return root;
}
