// Whether an element has come near the viewport (once true, it stays true). Auswertung draws
// a chart only then: recharts lays out every bar in SVG, and charts below the fold would
// otherwise add their cost to the first render of a page whose tables are already readable.
import { useEffect, useRef, useState, type RefObject } from 'react';

export function useInView<T extends Element>(rootMargin = '200px'): [RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  // Without IntersectionObserver (old engines, tests) everything counts as visible.
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (visible || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [visible, rootMargin]);
  return [ref, visible];
}
