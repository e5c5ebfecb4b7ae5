// Session keys for renderer tests: a random data key through the real HKDF derivation.
import { deriveSessionKeys, type SessionKeys } from '@shared/crypto';

export async function testKeys(): Promise<SessionKeys> {
  return deriveSessionKeys(crypto.getRandomValues(new Uint8Array(32)));
}
