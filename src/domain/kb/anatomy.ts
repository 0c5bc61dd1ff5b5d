/** @module Spinal range-of-motion normals and the root map of key muscles, sensory points and reflexes (reference §4). */
import type { MrcRoot, ReflexSite, SpineMovement } from './vocabulary.js';
import type { CatalogFact, Provenance } from './fact.js';
import { catalogOf } from './fact.js';

/** Normal range in degrees, 38 CFR §4.71a Note (2): public-domain, the default reference set [M1]. */
export const ROM_NORMALS = {
  VA_38CFR: {
    sourceIds: ['M1'],
    status: 'V',
    cervical: {
      flexion: 45,
      extension: 45,
      lateralFlexionLeft: 45,
      lateralFlexionRight: 45,
      rotationLeft: 80,
      rotationRight: 80,
    },
    thoracolumbar: {
      flexion: 90,
      extension: 30,
      lateralFlexionLeft: 30,
      lateralFlexionRight: 30,
      rotationLeft: 30,
      rotationRight: 30,
    },
  },
} as const satisfies Record<
  string,
  Provenance & Record<'cervical' | 'thoracolumbar', Record<SpineMovement, number>>
>;

export type RomReferenceSet = keyof typeof ROM_NORMALS;

interface RootDef extends Provenance {
  readonly keyMuscle: string;
  readonly sensoryPoint: string;
  readonly reflex?: ReflexSite;
}

/** ISNCSCI key muscles and sensory points [M3]; reflex levels [M4]. */
export const ROOTS: Readonly<Record<MrcRoot, RootDef>> = {
  C5: {
    keyMuscle: 'Elbow flexors',
    sensoryPoint: 'Lateral antecubital fossa',
    reflex: 'biceps',
    sourceIds: ['M3', 'M4'],
    status: 'V',
  },
  C6: {
    keyMuscle: 'Wrist extensors',
    sensoryPoint: 'Dorsal proximal phalanx of the thumb',
    reflex: 'brachioradialis',
    sourceIds: ['M3', 'M4'],
    status: 'V',
  },
  C7: {
    keyMuscle: 'Elbow extensors',
    sensoryPoint: 'Dorsal proximal phalanx of the middle finger',
    reflex: 'triceps',
    sourceIds: ['M3', 'M4'],
    status: 'V',
  },
  C8: {
    keyMuscle: 'Finger flexors',
    sensoryPoint: 'Dorsal proximal phalanx of the little finger',
    sourceIds: ['M3'],
    status: 'V',
  },
  T1: {
    keyMuscle: 'Finger abductors',
    sensoryPoint: 'Medial antecubital fossa',
    sourceIds: ['M3'],
    status: 'V',
  },
  L2: {
    keyMuscle: 'Hip flexors',
    sensoryPoint: 'Mid anterior thigh',
    sourceIds: ['M3'],
    status: 'V',
  },
  L3: {
    keyMuscle: 'Knee extensors',
    sensoryPoint: 'Medial femoral condyle',
    reflex: 'patellar',
    sourceIds: ['M3', 'M4'],
    status: 'V',
  },
  L4: {
    keyMuscle: 'Ankle dorsiflexors',
    sensoryPoint: 'Medial malleolus',
    reflex: 'patellar',
    sourceIds: ['M3', 'M4'],
    status: 'V',
  },
  L5: {
    keyMuscle: 'Long toe extensors',
    sensoryPoint: 'Dorsum of the foot at the third MTP joint',
    sourceIds: ['M3'],
    status: 'V',
  },
  S1: {
    keyMuscle: 'Ankle plantar flexors',
    sensoryPoint: 'Lateral heel',
    reflex: 'achilles',
    sourceIds: ['M3', 'M4'],
    status: 'V',
  },
};

export function anatomyCatalog(): CatalogFact[] {
  const rom = Object.entries(ROM_NORMALS).flatMap(([set, r]) =>
    (['cervical', 'thoracolumbar'] as const).map((region): CatalogFact => ({
      id: `rom.${set}.${region}`,
      kind: 'rom_normal',
      sourceIds: r.sourceIds,
      status: r.status,
      detail: { ...r[region] },
    })),
  );
  return [
    ...rom,
    ...catalogOf('root', 'root', ROOTS, (r) => ({
      keyMuscle: r.keyMuscle,
      sensoryPoint: r.sensoryPoint,
      reflex: r.reflex ?? 'none',
    })),
  ];
}
