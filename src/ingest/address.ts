/**
 * Classifies IP addresses for the URL fetcher's SSRF guard: anything that is
 * not a globally routable unicast address counts as private.
 *
 * Ranges follow the IANA special-purpose registries
 * (https://www.iana.org/assignments/iana-ipv4-special-registry,
 * https://www.iana.org/assignments/iana-ipv6-special-registry).
 */

/** A URL host after normalisation: an IP literal in canonical form, or a DNS name. */
export type Host =
  | { readonly kind: 'ip'; readonly family: 4 | 6; readonly address: string }
  | { readonly kind: 'name'; readonly name: string };

/**
 * Normalises a URL host: IPv4 in any inet_aton notation the WHATWG URL parser
 * accepts ("2130706433", "0177.0.0.1", "0x7f.1", "127.1") becomes dotted
 * decimal, a bracketed or bare IPv6 literal becomes its compressed form, and
 * anything else is a lower-cased DNS name without a trailing dot.
 */
export function normalizeHost(host: string): Host {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  const v6 = parseIPv6(h);
  if (v6) return { kind: 'ip', family: 6, address: formatIPv6(v6) };
  const v4 = parseIPv4Loose(h);
  if (v4 !== null) return { kind: 'ip', family: 4, address: formatIPv4(v4) };
  while (h.endsWith('.')) h = h.slice(0, -1);
  // "127.0.0.1.." is a DNS name to the URL parser, but a resolver that drops
  // trailing dots reads it as 127.0.0.1: judge it as the address it spells.
  const bare = parseIPv4Loose(h);
  if (bare !== null) return { kind: 'ip', family: 4, address: formatIPv4(bare) };
  return { kind: 'name', name: h };
}

/**
 * True when `ip` (IPv4 or IPv6, any notation `normalizeHost` accepts) is not a
 * public unicast address: private, loopback, link-local, unique-local, CGNAT,
 * multicast, unspecified, broadcast, reserved or documentation ranges,
 * IPv4-mapped/compatible IPv6, and 6to4/NAT64/Teredo forms that embed such an
 * address. A string that is not an IP address at all also counts as private,
 * so a caller can never be waved through by a parse failure.
 */
export function isPrivateAddress(ip: string): boolean {
  const host = normalizeHost(ip);
  if (host.kind !== 'ip') return true;
  if (host.family === 4) return isPrivateV4(parseIPv4Loose(host.address)!);
  return isPrivateV6(parseIPv6(host.address)!);
}

// ---------------------------------------------------------------------------
// IPv4

/** [network, prefix length] pairs of IPv4 ranges that are not public unicast. */
const V4_PRIVATE: ReadonlyArray<readonly [number, number]> = [
  [ip4(0, 0, 0, 0), 8], // "this network", includes 0.0.0.0
  [ip4(10, 0, 0, 0), 8],
  [ip4(100, 64, 0, 0), 10], // CGNAT shared address space
  [ip4(127, 0, 0, 0), 8],
  [ip4(169, 254, 0, 0), 16],
  [ip4(172, 16, 0, 0), 12],
  [ip4(192, 0, 0, 0), 24], // IETF protocol assignments
  [ip4(192, 0, 2, 0), 24], // TEST-NET-1
  [ip4(192, 88, 99, 0), 24], // 6to4 relay anycast
  [ip4(192, 168, 0, 0), 16],
  [ip4(198, 18, 0, 0), 15], // benchmarking
  [ip4(198, 51, 100, 0), 24], // TEST-NET-2
  [ip4(203, 0, 113, 0), 24], // TEST-NET-3
  [ip4(224, 0, 0, 0), 4], // multicast
  [ip4(240, 0, 0, 0), 4], // reserved, includes 255.255.255.255
];

function ip4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

function isPrivateV4(addr: number): boolean {
  for (const [net, bits] of V4_PRIVATE) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if (((addr & mask) >>> 0) === net) return true;
  }
  return false;
}

/**
 * Parses IPv4 the way the WHATWG URL parser and inet_aton do: one to four
 * dot-separated parts, each decimal, octal (leading 0) or hex (0x); the last
 * part fills the remaining bytes. Returns the 32-bit value or null.
 */
function parseIPv4Loose(s: string): number | null {
  if (s === '') return null;
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop(); // "127.0.0.1."
  if (parts.length > 4) return null;
  const nums: number[] = [];
  for (const part of parts) {
    const n = parseV4Part(part);
    if (n === null) return null;
    nums.push(n);
  }
  const last = nums.pop()!;
  for (const n of nums) if (n > 255) return null;
  if (last >= 256 ** (4 - nums.length)) return null;
  let value = last;
  nums.forEach((n, i) => {
    value += n * 256 ** (3 - i);
  });
  return value >>> 0;
}

function parseV4Part(part: string): number | null {
  if (part === '') return null;
  let radix = 10;
  let digits = part;
  if (/^0x/i.test(part)) {
    radix = 16;
    digits = part.slice(2);
    if (digits === '') return 0; // WHATWG: "0x" alone is zero
  } else if (part.length > 1 && part.startsWith('0')) {
    radix = 8;
    digits = part.slice(1);
  }
  const valid = radix === 16 ? /^[0-9a-f]+$/i : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!valid.test(digits) || digits.length > 12) return null;
  const n = parseInt(digits, radix);
  return Number.isSafeInteger(n) ? n : null;
}

function formatIPv4(addr: number): string {
  return [addr >>> 24, (addr >>> 16) & 255, (addr >>> 8) & 255, addr & 255].join('.');
}

// ---------------------------------------------------------------------------
// IPv6

/** Parses an IPv6 literal (with "::", an embedded dotted IPv4 tail, an optional %zone) into 8 groups. */
function parseIPv6(input: string): number[] | null {
  let s = input;
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':')) return null;
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parseHalf = (h: string): number[] | null => {
    if (h === '') return [];
    const groups: number[] = [];
    const pieces = h.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      if (i === pieces.length - 1 && p.includes('.')) {
        if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(p)) return null;
        const bytes = p.split('.').map(Number);
        if (bytes.some((b) => b > 255)) return null;
        groups.push((bytes[0]! << 8) | bytes[1]!, (bytes[2]! << 8) | bytes[3]!);
      } else {
        if (!/^[0-9a-f]{1,4}$/i.test(p)) return null;
        groups.push(parseInt(p, 16));
      }
    }
    return groups;
  };
  const head = parseHalf(halves[0]!);
  const tail = halves.length === 2 ? parseHalf(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const fill = 8 - head.length - tail.length;
  if (fill < 1) return null;
  return [...head, ...new Array<number>(fill).fill(0), ...tail];
}

function formatIPv6(g: readonly number[]): string {
  // RFC 5952: compress the longest run (length >= 2) of zero groups.
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((n) => n.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

function isPrivateV6(g: readonly number[]): boolean {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const v4At = (hi: number, lo: number) => ((hi << 16) | lo) >>> 0;
  // ::/96 covers :: (unspecified), ::1 (loopback) and IPv4-compatible ::a.b.c.d.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return true;
  // ::ffff:0:0/96 IPv4-mapped and ::ffff:0:0:0/96 IPv4-translated: never a real IPv6 destination.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return true;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0xffff && g5 === 0) return true;
  // 64:ff9b::/96 well-known NAT64 prefix: judge the embedded IPv4.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return isPrivateV4(v4At(g6, g7));
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return true; // 64:ff9b:1::/48 local-use NAT64
  if (g0 === 0x2002) return isPrivateV4(v4At(g1, g2)); // 6to4 embeds an IPv4 in bits 16-48
  if (g0 === 0x2001 && g1 === 0) return true; // Teredo tunnels to an obfuscated IPv4
  if (g0 === 0x2001 && g1 === 0xdb8) return true; // documentation
  if (g0 === 0x2001 && (g1 & 0xfff0) === 0x10) return true; // ORCHID
  if (g0 === 0x2001 && (g1 & 0xfff0) === 0x20) return true; // ORCHIDv2
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return true; // discard-only 100::/64
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return true; // deprecated site-local fec0::/10
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  // Only 2000::/3 is allocated for global unicast.
  return (g0 & 0xe000) !== 0x2000;
}
