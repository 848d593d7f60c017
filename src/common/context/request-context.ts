import { AsyncLocalStorage } from 'node:async_hooks';
import type { UserActor } from '../auth/actor';

export interface RequestContextStore {
  actor: UserActor | undefined;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

/**
 * Who is acting in the current asynchronous flow. The HTTP layer opens a
 * context per request; code running outside one (scripts, queue processors)
 * sees no actor and is recorded as the system.
 */
export const RequestContext = {
  run<T>(store: RequestContextStore, work: () => T): T {
    return storage.run(store, work);
  },
  actor(): UserActor | undefined {
    return storage.getStore()?.actor;
  },
};
