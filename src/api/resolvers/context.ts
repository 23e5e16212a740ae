// What every resolver receives: the store it reads and the limits in force.
import type { GraphStore } from '../../store/store.js';
import type { Limits } from '../limits.js';

export interface ApiContext {
  store: GraphStore;
  limits: Limits;
}
