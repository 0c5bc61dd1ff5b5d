/**
 * @module The WHATWG text codecs, which every browser and Node.js have, declared for the domain's type
 * check only: that check has no Node and no DOM types, so the domain cannot reach anything else.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
