// Web worker: derives Argon2id keys so the UI thread stays responsive during unlock.
import { deriveKeyBytes, type KdfParams } from '@shared/crypto/kdf';

self.onmessage = async (e: MessageEvent<{ id: number; secret: string; params: KdfParams }>) => {
  const { id, secret, params } = e.data;
  try {
    const key = await deriveKeyBytes(secret, params);
    (self as unknown as Worker).postMessage({ id, key }, [key.buffer]);
  } catch (err) {
    (self as unknown as Worker).postMessage({
      id,
      error: err instanceof Error ? err.message : String(err),
    });
  }
};
