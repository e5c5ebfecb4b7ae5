// Loads zxcvbn-ts with the common and German dictionaries on first use. The word lists are large,
// so they arrive as their own chunk, only on the screens that set a new passphrase.
import { useEffect, useState } from 'react';
import type { PassphraseEstimator } from '@shared/crypto';

let loading: Promise<PassphraseEstimator> | null = null;

export function loadPassphraseEstimator(): Promise<PassphraseEstimator> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-de'),
  ]).then(
    ([core, common, de]) =>
      // No translations: zxcvbn then reports plain keys, which we map to our own German texts.
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...de.dictionary },
        graphs: common.adjacencyGraphs,
      }),
    (error: unknown) => {
      loading = null; // a failed chunk load (e.g. after an update) may succeed on the next try
      throw error;
    },
  );
  return loading;
}

/** The estimator once loaded (null until then); starts loading on mount. */
export function usePassphraseEstimator(): PassphraseEstimator | null {
  const [estimator, setEstimator] = useState<PassphraseEstimator | null>(null);
  useEffect(() => {
    let live = true;
    loadPassphraseEstimator().then(
      (e) => live && setEstimator(e),
      () => undefined, // the meter stays hidden; submitting loads again and reports the error
    );
    return () => {
      live = false;
    };
  }, []);
  return estimator;
}
