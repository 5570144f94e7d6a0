/**
 * Who is using the app, for components: the auth state from api.ts as a hook, and the logged-in
 * account through a context. Hiding what a role cannot do is a courtesy; the server decides.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { allows, auth, type AuthState } from './api.js';
import type { AccountRole, Me } from './types.js';

export function useAuth(): AuthState {
  const [state, setState] = useState(auth.get());
  useEffect(() => {
    const off = auth.subscribe(setState);
    if (auth.get() !== state) setState(auth.get());
    return off;
  }, []);
  return state;
}

/** Outside a provider nothing is allowed beyond reading. */
const NOBODY: Me = { name: '', role: 'reader', via: 'session', auth: 'required' };

export const MeContext = createContext<Me>(NOBODY);

export function useMe(): Me {
  return useContext(MeContext);
}

/** Whether the current account has at least `role`. */
export function useCan(role: AccountRole): boolean {
  return allows(useMe().role, role);
}
