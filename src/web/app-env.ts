import type { Session } from '../store/sessions.ts';

// The Hono environment of the review app: what middleware hands to handlers.

export interface AppEnv {
  Variables: {
    session: Session | null;
    /** Who acts, for the audit log: a user's email or `token:NAME`. */
    actor: string;
  };
}
