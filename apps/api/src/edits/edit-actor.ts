import type { Principal } from '../http/principal.js';
import type { EditStamp } from './agreement-edits.service.js';

/** Who the changelog records for an edit made with an API key: its holder's name and the key's id. */
export function editActor(principal: Principal): string {
  return `${principal.name} (${principal.keyId})`;
}

/** The stamp of an edit by the caller; the routes' roles guarantee there is one. */
export function editStamp(principal: Principal | null, now: Date): EditStamp {
  if (!principal) throw new Error('an edit route ran without a principal: it must declare roles');
  return { actor: editActor(principal), now };
}
