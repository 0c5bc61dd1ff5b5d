/** @module Who is asking, and in which request: every use case takes this and checks access itself. */
import type { AuditActorRole, Role } from '../../domain/records/index.js';

export interface UserActor {
  readonly kind: 'user';
  readonly userId: string;
  readonly role: Role;
  readonly patientId: string | null;
  /** Hash of the session or bearer token the request came with; logout revokes it. */
  readonly sessionHash: string;
}

/** The person at the host's command line (`tonus audit`, `tonus db`), or the server's own job runner. */
export interface HostActor {
  readonly kind: 'operator' | 'system';
}

export type Actor = UserActor | HostActor;

export interface RequestContext {
  readonly actor: Actor | null;
  readonly requestId: string | null;
}

export function actorRole(actor: Actor | null): AuditActorRole {
  if (actor === null) {
    return 'anonymous';
  }
  return actor.kind === 'user' ? actor.role : actor.kind;
}

export function actorId(actor: Actor | null): string | null {
  return actor?.kind === 'user' ? actor.userId : null;
}
