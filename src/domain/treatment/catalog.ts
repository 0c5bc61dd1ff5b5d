/** @module The cause-directed treatment actions as catalog entries. */
import { catalogOf, type CatalogFact } from '../kb/index.js';
import { CAUSE_ACTIONS } from './pharmacotherapy.js';

export function treatmentCatalog(): CatalogFact[] {
  return catalogOf('treatment', 'method', CAUSE_ACTIONS, (a) => ({ action: a.action }));
}
