/** The login screen, shown whenever the server answers 401 (accounts required, no session). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, auth } from '../api.js';
import { usePageTitle } from '../components/ui.js';

/** "in 14 min" or "in 40 s" for a Retry-After in seconds. */
function waitText(seconds: number | undefined): string {
  if (seconds === undefined) return 'later';
  if (seconds >= 90) return `in ${Math.ceil(seconds / 60)} minutes`;
  return `in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

export function Login({ reason }: { reason?: 'expired' | 'logged_out' | undefined }) {
  usePageTitle('Log in');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; field?: 'name' | 'password' }>();
  const [blockedUntil, setBlockedUntil] = useState(0);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);
  // Re-enable the button when a rate limit has passed.
  useEffect(() => {
    if (!blockedUntil) return;
    const t = setTimeout(() => setBlockedUntil(0), Math.max(0, blockedUntil - Date.now()));
    return () => clearTimeout(t);
  }, [blockedUntil]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) {
      setError({ text: 'Enter your account name.', field: 'name' });
      nameRef.current?.focus();
      return;
    }
    if (!password) {
      setError({ text: 'Enter your password.', field: 'password' });
      passwordRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await auth.login(name.trim(), password);
      // The app replaces this screen with the page that was asked for.
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      if (status === 401) {
        setError({ text: 'Wrong name or password.', field: 'password' });
        setPassword('');
        passwordRef.current?.focus();
      } else if (status === 429) {
        const wait = err instanceof ApiError ? err.retryAfter : undefined;
        setError({ text: `Too many login attempts. For your security, logging in is paused; try again ${waitText(wait)}.` });
        setBlockedUntil(Date.now() + (wait ?? 60) * 1000);
      } else if (status === 0) {
        setError({ text: 'The parley server cannot be reached. Check that it is running, then try again.' });
      } else {
        setError({ text: err instanceof Error ? err.message : String(err) });
      }
      setBusy(false);
    }
  };

  const blocked = blockedUntil > 0;
  const invalid = (f: 'name' | 'password') => (error?.field === f ? { 'aria-invalid': true as const, 'aria-describedby': 'login-error' } : {});
  return (
    <div class="login">
      <section class="card login-card" aria-labelledby="login-h">
        <h1 id="login-h">Log in</h1>
        <p class="lede">This parley server is shared: log in with the account an administrator made for you.</p>
        {reason && (
          <p class="notice" role="status">
            {reason === 'expired' ? 'Your session has ended. Log in again to continue.' : 'You are logged out.'}
          </p>
        )}
        <form class="stack login-form" onSubmit={submit} noValidate aria-labelledby="login-h">
          <div class="field">
            <label for="login-name">Name</label>
            <input
              ref={nameRef}
              id="login-name"
              name="username"
              type="text"
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              aria-required="true"
              maxLength={64}
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
              {...invalid('name')}
            />
          </div>
          <div class="field">
            <label for="login-password">Password</label>
            <input
              ref={passwordRef}
              id="login-password"
              name="password"
              type="password"
              autocomplete="current-password"
              aria-required="true"
              maxLength={1024}
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
              {...invalid('password')}
            />
          </div>
          <div class="form-actions">
            <button type="submit" class="primary" disabled={busy || blocked}>
              {busy ? 'Logging in…' : 'Log in'}
            </button>
          </div>
          <div id="login-error" role="alert" class={error ? 'error' : 'visually-hidden'}>
            {error?.text}
          </div>
        </form>
        <p class="muted small">No account? Ask the person who runs this server (<code>parley user add</code>).</p>
      </section>
    </div>
  );
}
