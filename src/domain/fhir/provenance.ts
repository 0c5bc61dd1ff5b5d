/**
 * @module Who wrote what: a Device naming Tonus with its version and the knowledge-base version, and a
 * Provenance that names it as the author of every resource of the export; then the collection Bundle.
 */
import type { Bundle, Device, Provenance, Resource } from '@medplum/fhirtypes';
import { KB_VERSION } from '../kb/index.js';
import { codeable, refIn, roleMeta, type WriteContext } from './resources.js';
import { SYSTEM, TONUS_DEVICE_NAME, tonusCoding } from './systems.js';

export interface Software {
  /** Tonus's own version (package.json), passed in: the domain reads no files. */
  readonly version: string;
}

export function tonusDevice(ctx: WriteContext, software: Software): Device {
  return {
    resourceType: 'Device',
    id: ctx.newId(),
    meta: roleMeta('provenance'),
    deviceName: [{ name: TONUS_DEVICE_NAME, type: 'user-friendly-name' }],
    version: [
      { type: codeable(tonusCoding('kb-version', 'software')), value: software.version },
      { type: codeable(tonusCoding('kb-version', 'knowledge-base')), value: KB_VERSION },
    ],
  };
}

/**
 * The Provenance of a set of resources, authored by Tonus.
 * @param recorded - When they were written (an instant with seconds and a zone).
 */
export function provenanceOf(
  targets: readonly Resource[],
  device: Device,
  ctx: WriteContext,
  recorded: string,
): Provenance {
  return {
    resourceType: 'Provenance',
    id: ctx.newId(),
    meta: roleMeta('provenance'),
    target: targets.map((r) => refIn(ctx, r)),
    recorded,
    activity: codeable({ system: SYSTEM.dataOperation, code: 'CREATE' }),
    agent: [
      {
        type: codeable({ system: SYSTEM.provenanceParticipant, code: 'author' }),
        who: refIn(ctx, device),
      },
    ],
  };
}

/** A Bundle of type `collection`; each entry's fullUrl is `urn:uuid:<id>`, as its references are. */
export function collectionBundle(
  id: string,
  timestamp: string,
  resources: readonly Resource[],
): Bundle {
  return {
    resourceType: 'Bundle',
    id,
    type: 'collection',
    timestamp,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id ?? ''}`, resource })),
  };
}
