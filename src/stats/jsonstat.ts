/**
 * A reader for JSON-stat (https://json-stat.org/format/): version 2.0 (`class` dataset, collection,
 * dimension) and the 1.x bundles (an object of named datasets), plus Eurostat's retired "wdds v1.1"
 * JSON, which is 1.x-like with dataset-level `status: { value: [...] }`.
 *
 * Values may be a dense array (nulls for gaps) or a sparse object keyed by the flat index, as the
 * current Eurostat Statistics API sends them. The flat index is row-major over `id`/`size`: the last
 * dimension varies fastest.
 */

/** One dimension: its category codes in index order, with labels. */
export interface JsonStatDimension {
  readonly id: string;
  readonly label: string;
  /** Category codes, in index order. */
  readonly codes: readonly string[];
  /** Label per code (the code itself when the file gives none). */
  readonly labels: Readonly<Record<string, string>>;
  /** Units of metric categories, when given (`category.unit`). */
  readonly units?: Readonly<Record<string, { readonly label?: string; readonly decimals?: number; readonly symbol?: string }>>;
}

/** A parsed dataset. */
export interface JsonStatDataset {
  /** The bundle key for 1.x, the extension id for Eurostat, or null. */
  readonly name: string | null;
  readonly label: string | null;
  readonly source: string | null;
  readonly updated: string | null;
  readonly href: string | null;
  readonly note: readonly string[];
  /** Dimension ids in flat-index order. */
  readonly ids: readonly string[];
  readonly sizes: readonly number[];
  readonly dimensions: Readonly<Record<string, JsonStatDimension>>;
  /** Dimension ids by role (time, geo, metric), when the file says. */
  readonly roles: Readonly<{ time?: readonly string[]; geo?: readonly string[]; metric?: readonly string[] }>;
  /** Number of cells (product of sizes). */
  readonly length: number;
  /** The value at a flat index, or null (missing, ":" or not a number). */
  value(index: number): number | null;
  /** The status flag at a flat index, or null. */
  status(index: number): string | null;
  /** The `extension` object as given. */
  readonly extension: unknown;
}

export type JsonStatResponse =
  | { readonly class: 'dataset'; readonly datasets: readonly JsonStatDataset[] }
  | { readonly class: 'collection'; readonly label: string | null; readonly items: readonly JsonStatLink[]; readonly datasets: readonly JsonStatDataset[] }
  | { readonly class: 'dimension'; readonly dimension: JsonStatDimension };

export interface JsonStatLink {
  readonly class: string | null;
  readonly href: string | null;
  readonly label: string | null;
}

/** One cell with its coordinates (dimension id → category code). */
export interface JsonStatCell {
  readonly coords: Readonly<Record<string, string>>;
  readonly value: number | null;
  readonly status: string | null;
}

/** Thrown when the input is not JSON-stat; the message says what was expected and what was found. */
export class JsonStatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonStatError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Parses a JSON-stat response (text or already-parsed JSON).
 * @example
 * const res = parseJsonStat(body);
 * if (res.class === 'dataset') cells(res.datasets[0]!, { geo: 'BE' });
 */
export function parseJsonStat(input: string | unknown): JsonStatResponse {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new JsonStatError(`not JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (!isObj(json)) throw new JsonStatError('JSON-stat must be an object');
  const klass = str(json.class);
  if (klass === 'dataset' || (klass === null && 'value' in json && 'dimension' in json && 'id' in json)) {
    return { class: 'dataset', datasets: [readDataset(json, null)] };
  }
  if (klass === 'dimension') return { class: 'dimension', dimension: readDimension(json, str(json.label) ?? 'dimension', '') };
  if (klass === 'collection') {
    const link = isObj(json.link) ? json.link : {};
    const raw = Array.isArray(link.item) ? link.item : [];
    const items: JsonStatLink[] = [];
    const datasets: JsonStatDataset[] = [];
    for (const it of raw) {
      if (!isObj(it)) continue;
      items.push({ class: str(it.class), href: str(it.href), label: str(it.label) });
      // A collection may embed whole datasets instead of linking to them.
      if (it.class === 'dataset' && 'value' in it && 'dimension' in it) datasets.push(readDataset(it, str(it.label)));
    }
    return { class: 'collection', label: str(json.label), items, datasets };
  }
  if (klass !== null) throw new JsonStatError(`unknown JSON-stat class "${klass}"`);
  // 1.x bundle (or Eurostat wdds v1.1): every member that looks like a dataset is one.
  const datasets: JsonStatDataset[] = [];
  for (const [name, v] of Object.entries(json)) {
    if (isObj(v) && 'dimension' in v && 'value' in v) datasets.push(readDataset(v, name));
  }
  if (!datasets.length) {
    throw new JsonStatError(`no dataset found: expected "class" or 1.x bundle members with "dimension" and "value" (keys: ${Object.keys(json).slice(0, 6).join(', ')})`);
  }
  return { class: 'dataset', datasets };
}

function readDataset(d: Obj, name: string | null): JsonStatDataset {
  const dim = isObj(d.dimension) ? d.dimension : null;
  if (!dim) throw new JsonStatError(`dataset ${name ?? ''} has no "dimension" object`.replace('  ', ' '));
  // 2.0 puts id/size/role on the dataset; 1.x inside "dimension".
  const ids = (Array.isArray(d.id) ? d.id : Array.isArray(dim.id) ? dim.id : null) as unknown[] | null;
  const sizes = (Array.isArray(d.size) ? d.size : Array.isArray(dim.size) ? dim.size : null) as unknown[] | null;
  if (!ids || !ids.every((x) => typeof x === 'string')) throw new JsonStatError(`dataset ${name ?? '(unnamed)'} needs an "id" array of dimension names`);
  const idList = ids as string[];
  const dimensions: Record<string, JsonStatDimension> = {};
  for (const id of idList) {
    const raw = dim[id];
    if (!isObj(raw)) throw new JsonStatError(`dimension "${id}" is listed in "id" but not described`);
    dimensions[id] = readDimension(raw, id, id);
  }
  // Some 1.x producers send sizes as strings (CSO Ireland) or a "size" shorter than "id" (UK ONS);
  // the categories are then the truth. A size that contradicts its categories is an error.
  const counted = idList.map((id) => dimensions[id]!.codes.length);
  let sizeList = counted;
  if (sizes && sizes.length === idList.length) {
    sizeList = sizes.map((x, i) => {
      const n = typeof x === 'number' ? x : typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : NaN;
      if (n !== counted[i]) throw new JsonStatError(`dimension "${idList[i]}" has ${counted[i]} categories but size ${String(x)}`);
      return n;
    });
  }
  const roleRaw = isObj(d.role) ? d.role : isObj(dim.role) ? dim.role : {};
  const roles: { time?: string[]; geo?: string[]; metric?: string[] } = {};
  for (const r of ['time', 'geo', 'metric'] as const) {
    const v = roleRaw[r];
    if (Array.isArray(v)) roles[r] = v.filter((x): x is string => typeof x === 'string');
  }
  const length = sizeList.reduce((a, b) => a * b, 1);
  const value = valueReader(d.value, length);
  const status = statusReader(d.status);
  const note = Array.isArray(d.note) ? d.note.filter((x): x is string => typeof x === 'string') : [];
  const ext = d.extension;
  const extId = isObj(ext) ? str(ext.id) : null;
  return {
    name: name ?? extId ?? str(d.code),
    label: str(d.label) ?? str(d.title),
    source: str(d.source),
    updated: str(d.updated) ?? (typeof d.lastUpdateDate === 'number' ? new Date(d.lastUpdateDate).toISOString() : null),
    href: str(d.href),
    note,
    ids: idList,
    sizes: sizeList,
    dimensions,
    roles,
    length,
    value,
    status,
    extension: ext,
  };
}

function readDimension(raw: Obj, id: string, fallbackLabel: string): JsonStatDimension {
  const cat = isObj(raw.category) ? raw.category : {};
  const labels = isObj(cat.label) ? (cat.label as Obj) : {};
  let codes: string[];
  if (Array.isArray(cat.index)) {
    codes = cat.index.map(String);
  } else if (isObj(cat.index)) {
    const entries = Object.entries(cat.index).filter((e): e is [string, number] => typeof e[1] === 'number');
    codes = new Array<string>(entries.length);
    for (const [code, pos] of entries) codes[pos] = code;
    if (codes.some((c) => c === undefined)) throw new JsonStatError(`dimension "${id}" has gaps in category.index`);
  } else {
    // JSON-stat allows omitting index when there is one category (or label order is the index).
    codes = Object.keys(labels);
  }
  const out: Record<string, string> = {};
  for (const c of codes) out[c] = str(labels[c]) ?? c;
  const unitRaw = isObj(cat.unit) ? cat.unit : null;
  let units: Record<string, { label?: string; decimals?: number; symbol?: string }> | undefined;
  if (unitRaw) {
    units = {};
    for (const [c, u] of Object.entries(unitRaw)) {
      if (!isObj(u)) continue;
      const label = str(u.label);
      const symbol = str(u.symbol);
      units[c] = {
        ...(label !== null && { label }),
        ...(typeof u.decimals === 'number' && { decimals: u.decimals }),
        ...(symbol !== null && { symbol }),
      };
    }
  }
  return { id, label: str(raw.label) ?? fallbackLabel, codes, labels: out, ...(units && { units }) };
}

function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return null;
}

function valueReader(raw: unknown, length: number): (i: number) => number | null {
  if (Array.isArray(raw)) {
    // A dense array must cover every cell; a shorter one is broken, a longer one too.
    if (raw.length !== length) throw new JsonStatError(`"value" has ${raw.length} cells, the dimensions make ${length}`);
    return (i) => toNumber(raw[i]);
  }
  if (isObj(raw)) return (i) => toNumber(raw[String(i)]);
  if (raw === undefined || raw === null) return () => null;
  throw new JsonStatError('"value" must be an array or an object keyed by index');
}

function statusReader(raw: unknown): (i: number) => string | null {
  if (typeof raw === 'string') return () => raw;
  if (Array.isArray(raw)) {
    // A one-element array applies to every cell (JSON-stat 2.0).
    if (raw.length === 1) return () => str(raw[0]);
    return (i) => str(raw[i]);
  }
  if (isObj(raw)) {
    // Eurostat wdds v1.1: { value: [...], category: { label: {...} } }.
    if (Array.isArray(raw.value)) {
      const arr = raw.value;
      return (i) => str(arr[i]);
    }
    return (i) => str(raw[String(i)]);
  }
  return () => null;
}

/** Flat index of a cell from one category code per dimension; -1 when a code is unknown. */
export function flatIndex(ds: JsonStatDataset, coords: Readonly<Record<string, string>>): number {
  let index = 0;
  for (const [k, id] of ds.ids.entries()) {
    const dim = ds.dimensions[id]!;
    const code = coords[id] ?? (dim.codes.length === 1 ? dim.codes[0]! : undefined);
    if (code === undefined) return -1;
    const pos = dim.codes.indexOf(code);
    if (pos < 0) return -1;
    index = index * ds.sizes[k]! + pos;
  }
  return index;
}

/**
 * Every cell whose coordinates agree with `filter` (dimension id → a code or a list of codes),
 * in flat-index order. Missing values are included as null unless `skipMissing`.
 */
export function cells(
  ds: JsonStatDataset,
  filter: Readonly<Record<string, string | readonly string[]>> = {},
  skipMissing = false,
): JsonStatCell[] {
  const allowed = ds.ids.map((id) => {
    const f = filter[id];
    if (f === undefined) return null;
    return new Set(typeof f === 'string' ? [f] : f);
  });
  const out: JsonStatCell[] = [];
  const pos = new Array<number>(ds.ids.length).fill(0);
  for (let i = 0; i < ds.length; i++) {
    let ok = true;
    for (let k = 0; k < ds.ids.length && ok; k++) {
      const a = allowed[k];
      if (a && !a.has(ds.dimensions[ds.ids[k]!]!.codes[pos[k]!]!)) ok = false;
    }
    if (ok) {
      const value = ds.value(i);
      if (!(skipMissing && value === null)) {
        const coords: Record<string, string> = {};
        for (let k = 0; k < ds.ids.length; k++) coords[ds.ids[k]!] = ds.dimensions[ds.ids[k]!]!.codes[pos[k]!]!;
        out.push({ coords, value, status: ds.status(i) });
      }
    }
    // Odometer increment: the last dimension varies fastest.
    for (let k = ds.ids.length - 1; k >= 0; k--) {
      pos[k] = pos[k]! + 1;
      if (pos[k]! < ds.sizes[k]!) break;
      pos[k] = 0;
    }
  }
  return out;
}

/** The dimension id holding time: the `time` role, else a dimension named time/year/period. */
export function timeDimension(ds: JsonStatDataset): string | null {
  const byRole = ds.roles.time?.[0];
  if (byRole) return byRole;
  return ds.ids.find((id) => /^(time|year|period|tid|time_period)$/i.test(id)) ?? null;
}
