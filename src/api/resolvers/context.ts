// What every resolver receives: the store it reads, the limits in force, and
// the signal the timeout plugin aborts when the operation's time is up.
import type { GraphStore } from '../../store/store.js';
import type { Limits } from '../limits.js';

export interface ApiContext {
  store: GraphStore;
  limits: Limits;
  signal?: AbortSignal;
}
