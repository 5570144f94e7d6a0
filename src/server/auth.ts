/**
 * Accounts, roles, sessions, API tokens and the audit log for a shared parley server.
 *
 * - Passwords: scrypt (N=2^17, r=8, p=1: OWASP's minimum), stored as `scrypt$N$r$p$salt$hash`.
 * - Sessions: a random id in an HttpOnly, SameSite=Strict cookie (`__Host-` prefixed and Secure
 *   over https); only its SHA-256 is stored. Each session has a CSRF token that state-changing
 *   requests must echo in `X-CSRF-Token`.
 * - API tokens: `prl_` + 32 random bytes, shown once, stored as SHA-256, revocable.
 * - Roles: reader (read), reviewer (read, add documents, review), admin (everything, incl. deletion,
 *   the audit log and accounts).
 */
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { sql } from 'kysely';
import { ParleyError } from '../errors.js';
import type { Store } from '../store/db.js';

export const ROLES = ['reader', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}

/** Does `role` include the rights of `needed`? */
export function allows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export interface Principal {
  readonly id: number | null;
  readonly name: string;
  readonly role: Role;
  /** How the request was authenticated: none (loopback single-user), a session cookie or a token. */
  readonly via: 'local' | 'session' | 'token';
  /** The session's CSRF token (sessions only). */
  readonly csrf?: string;
}

// --- passwords -------------------------------------------------------------------------------

const SCRYPT = { N: 2 ** 17, r: 8, p: 1 };
const MAXMEM = 256 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))));
}

/** Cost parameters; tests may lower N through PARLEY_SCRYPT_N (never below 2^14). */
function cost(): { N: number; r: number; p: number } {
  const n = Number(process.env.PARLEY_SCRYPT_N);
  return Number.isInteger(n) && n >= 2 ** 14 && (n & (n - 1)) === 0 ? { ...SCRYPT, N: n } : SCRYPT;
}

export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = cost();
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, 32, { N, r, p, maxmem: MAXMEM });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export function checkPassword(password: string): void {
  if (password.length < 12) throw new ParleyError('usage', 'a password needs at least 12 characters');
  if (password.length > 1024) throw new ParleyError('usage', 'a password may have at most 1024 characters');
}

// --- accounts --------------------------------------------------------------------------------

export interface Account {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly created_at: string;
}

const NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

export async function addAccount(db: Store, name: string, role: string, password: string | null): Promise<Account> {
  if (!NAME.test(name)) throw new ParleyError('usage', `an account name is 1 to 64 letters, digits, ".", "_", "@" or "-", not "${name}"`);
  if (!isRole(role)) throw new ParleyError('usage', `a role is ${ROLES.join(', ')}, not "${role}"`);
  if (password !== null) checkPassword(password);
  const hash = password === null ? null : await hashPassword(password);
  const exists = await sql<{ id: number }>`select id from account where name = ${name}`.execute(db);
  if (exists.rows.length) throw new ParleyError('usage', `an account "${name}" already exists`);
  const row = await sql<Account & { created_at: Date }>`
    insert into account (name, role, password_hash) values (${name}, ${role}, ${hash})
    returning id, name, role, disabled, created_at`.execute(db);
  const a = row.rows[0]!;
  await audit(db, 'system', 'account.add', `account:${name}`, null, { name, role });
  return { ...a, created_at: new Date(a.created_at).toISOString() };
}

export async function listAccounts(db: Store): Promise<Account[]> {
  const rows = await sql<Account & { created_at: Date }>`select id, name, role, disabled, created_at from account order by id`.execute(db);
  return rows.rows.map((a) => ({ ...a, created_at: new Date(a.created_at).toISOString() }));
}

/** Disables an account and ends its sessions and tokens. */
export async function disableAccount(db: Store, name: string, actor = 'system'): Promise<void> {
  const r = await sql<{ id: number }>`update account set disabled = true where name = ${name} returning id`.execute(db);
  const id = r.rows[0]?.id;
  if (id === undefined) throw new ParleyError('unknown_ref', `no account "${name}" (see "parley user list")`);
  await sql`delete from session where account_id = ${id}`.execute(db);
  await sql`update api_token set revoked_at = now() where account_id = ${id} and revoked_at is null`.execute(db);
  await audit(db, actor, 'account.disable', `account:${name}`, { disabled: false }, { disabled: true });
}

export async function countAccounts(db: Store): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from account where not disabled`.execute(db);
  return r.rows[0]?.n ?? 0;
}

// --- sessions and tokens ---------------------------------------------------------------------

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Idle and absolute session lifetimes. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;

/** Checks a name and password; returns the account or undefined (same answer for every failure). */
export async function login(db: Store, name: string, password: string): Promise<Account | undefined> {
  const rows = await sql<Account & { password_hash: string | null; created_at: Date }>`
    select id, name, role, disabled, created_at, password_hash from account where name = ${name}`.execute(db);
  const a = rows.rows[0];
  // Hash even for an unknown name, so timing does not tell which names exist.
  const ok = await verifyPassword(password, a?.password_hash ?? DUMMY_HASH);
  if (!a || !a.password_hash || !ok || a.disabled) return undefined;
  return { id: a.id, name: a.name, role: a.role, disabled: a.disabled, created_at: new Date(a.created_at).toISOString() };
}
const DUMMY_HASH = `scrypt$${SCRYPT.N}$8$1$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(32).toString('base64url')}`;

/** Starts a session: returns the cookie value (shown to the browser only) and its CSRF token. */
export async function createSession(db: Store, accountId: number): Promise<{ id: string; csrf: string }> {
  const id = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  await sql`insert into session (id_hash, account_id, csrf) values (${sha256(id)}, ${accountId}, ${csrf})`.execute(db);
  return { id, csrf };
}

export async function endSession(db: Store, id: string): Promise<void> {
  await sql`delete from session where id_hash = ${sha256(id)}`.execute(db);
}

export async function sessionPrincipal(db: Store, id: string): Promise<Principal | undefined> {
  const rows = await sql<{ account_id: number; name: string; role: Role; csrf: string; created_at: Date; last_seen: Date }>`
    select s.account_id, a.name, a.role, s.csrf, s.created_at, s.last_seen
    from session s join account a on a.id = s.account_id
    where s.id_hash = ${sha256(id)} and not a.disabled`.execute(db);
  const s = rows.rows[0];
  if (!s) return undefined;
  const now = Date.now();
  if (now - new Date(s.last_seen).getTime() > SESSION_IDLE_MS || now - new Date(s.created_at).getTime() > SESSION_MAX_MS) {
    await endSession(db, id);
    return undefined;
  }
  // Touch at most once a minute.
  if (now - new Date(s.last_seen).getTime() > 60_000) await sql`update session set last_seen = now() where id_hash = ${sha256(id)}`.execute(db);
  return { id: s.account_id, name: s.name, role: s.role, via: 'session', csrf: s.csrf };
}

export interface TokenInfo {
  readonly id: number;
  readonly account: string;
  readonly name: string;
  readonly prefix: string;
  readonly created_at: string;
  readonly last_used: string | null;
  readonly revoked_at: string | null;
}

/** Creates a token for an account; the secret is returned once and only its hash is kept. */
export async function createToken(db: Store, accountName: string, name: string, actor = 'system'): Promise<{ token: string; info: TokenInfo }> {
  const acc = await sql<{ id: number; disabled: boolean }>`select id, disabled from account where name = ${accountName}`.execute(db);
  const a = acc.rows[0];
  if (!a) throw new ParleyError('unknown_ref', `no account "${accountName}" (see "parley user list")`);
  if (a.disabled) throw new ParleyError('usage', `account "${accountName}" is disabled`);
  const token = `prl_${randomBytes(32).toString('base64url')}`;
  const prefix = token.slice(0, 10);
  const row = await sql<{ id: number; created_at: Date }>`
    insert into api_token (account_id, name, prefix, hash) values (${a.id}, ${name}, ${prefix}, ${sha256(token)})
    returning id, created_at`.execute(db);
  const r = row.rows[0]!;
  await audit(db, actor, 'token.create', `account:${accountName}`, null, { token: r.id, name, prefix });
  return { token, info: { id: r.id, account: accountName, name, prefix, created_at: new Date(r.created_at).toISOString(), last_used: null, revoked_at: null } };
}

export async function listTokens(db: Store): Promise<TokenInfo[]> {
  const rows = await sql<{ id: number; account: string; name: string; prefix: string; created_at: Date; last_used: Date | null; revoked_at: Date | null }>`
    select t.id, a.name as account, t.name, t.prefix, t.created_at, t.last_used, t.revoked_at
    from api_token t join account a on a.id = t.account_id order by t.id`.execute(db);
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return rows.rows.map((r) => ({ ...r, created_at: iso(r.created_at)!, last_used: iso(r.last_used), revoked_at: iso(r.revoked_at) }));
}

/** Revokes a token by id or by its shown prefix. */
export async function revokeToken(db: Store, ref: string, actor = 'system'): Promise<void> {
  const r = /^\d+$/.test(ref)
    ? await sql<{ id: number }>`update api_token set revoked_at = now() where id = ${Number(ref)} and revoked_at is null returning id`.execute(db)
    : await sql<{ id: number }>`update api_token set revoked_at = now() where prefix = ${ref} and revoked_at is null returning id`.execute(db);
  if (!r.rows.length) throw new ParleyError('unknown_ref', `no active token "${ref}" (see "parley token list")`);
  await audit(db, actor, 'token.revoke', `token:${r.rows[0]!.id}`, { revoked: false }, { revoked: true });
}

export async function tokenPrincipal(db: Store, token: string): Promise<Principal | undefined> {
  if (!/^prl_[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const rows = await sql<{ id: number; account_id: number; name: string; role: Role; last_used: Date | null }>`
    select t.id, t.account_id, a.name, a.role, t.last_used from api_token t join account a on a.id = t.account_id
    where t.hash = ${sha256(token)} and t.revoked_at is null and not a.disabled`.execute(db);
  const t = rows.rows[0];
  if (!t) return undefined;
  if (!t.last_used || Date.now() - new Date(t.last_used).getTime() > 60_000) await sql`update api_token set last_used = now() where id = ${t.id}`.execute(db);
  return { id: t.account_id, name: t.name, role: t.role, via: 'token' };
}

// --- audit -----------------------------------------------------------------------------------

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

/** Appends to the audit log (a database trigger refuses updates and deletes). */
export async function audit(db: Store, actor: string, action: string, target: string | null, before: unknown, after: unknown): Promise<void> {
  await sql`insert into audit (actor, action, target, before, after)
    values (${actor}, ${action}, ${target}, ${before === null ? null : JSON.stringify(before)}::jsonb, ${after === null ? null : JSON.stringify(after)}::jsonb)`.execute(db);
}

export async function auditLog(db: Store, options: { limit: number; offset: number; action?: string | undefined }): Promise<{ items: AuditEntry[]; total: number }> {
  const where = options.action ? sql`where action = ${options.action}` : sql``;
  const rows = await sql<AuditEntry & { at: Date; total: number }>`
    select id::int as id, at, actor, action, target, before, after, count(*) over ()::int as total from audit ${where}
    order by id desc limit ${options.limit} offset ${options.offset}`.execute(db);
  return {
    items: rows.rows.map(({ total: _, ...e }) => ({ ...e, at: new Date(e.at).toISOString() })),
    total: rows.rows[0]?.total ?? 0,
  };
}

// --- rate limiting ---------------------------------------------------------------------------

/**
 * A fixed-window counter per key (IP, token, account name), in memory: enough for one server
 * process. `hit` returns 0 when allowed, else the seconds until the window resets.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(readonly limit: number, readonly windowMs: number, private readonly max = 100_000) {}
  hit(key: string, now = Date.now()): number {
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size >= this.max) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count += 1;
    return w.count > this.limit ? Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)) : 0;
  }
  /** Seconds to wait when `key` has used its budget already (counts nothing), else 0. */
  peek(key: string, now = Date.now()): number {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs || w.count < this.limit) return 0;
    return Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000));
  }
  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
    if (this.windows.size >= this.max) this.windows.clear();
  }
}
