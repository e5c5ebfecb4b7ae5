// A dialog or side panel with a form that is saved by a button must not lose typed input to a
// stray Escape or close click: forms inside report unsaved input, and closing then asks first.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

type Report = (key: string, unsaved: boolean) => void;
const UnsavedContext = createContext<Report | null>(null);

/** Called by a form inside an AppModal or AppDrawer: true while it holds unsaved input. */
export function useReportUnsaved(unsaved: boolean): void {
  const report = useContext(UnsavedContext);
  const key = useId();
  useEffect(() => {
    report?.(key, unsaved);
    return () => report?.(key, false);
  }, [report, key, unsaved]);
}

/** For AppModal and AppDrawer: a close that asks first while a form inside has unsaved input. */
export function useUnsavedGuard(onClose: () => void) {
  const { t } = useTranslation();
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState(false);
  const report = useCallback<Report>((key, value) => {
    setUnsaved((prev) => {
      if (prev.has(key) === value) return prev;
      const next = new Set(prev);
      if (value) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const close = () => (unsaved.size > 0 ? setAsking(true) : onClose());
  const wrap = (children: ReactNode) => (
    <UnsavedContext.Provider value={report}>{children}</UnsavedContext.Provider>
  );
  const question = asking ? (
    <ConfirmDialog
      opened
      title={t('unsaved.title')}
      message={t('unsaved.message')}
      confirmLabel={t('unsaved.discard')}
      cancelLabel={t('unsaved.keepEditing')}
      irreversible
      testId="unsaved"
      onClose={() => setAsking(false)}
      onConfirm={() => {
        setUnsaved(new Set());
        onClose();
      }}
    />
  ) : null;
  return { close, wrap, question };
}
