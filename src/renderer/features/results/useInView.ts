// Whether an element is on screen, above it, or has come near it from below (once true, it
// stays true). Auswertung draws a chart only then: charts below the fold would otherwise add
// their cost to the first render and to every filter change, while the tables already say the
// same.
import { useEffect, useRef, useState, type RefObject } from 'react';

/** How far below the viewport an element already counts as near (px). */
const NEAR_PX = 200;

export function useInView<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  // Without IntersectionObserver (old engines, tests) everything counts as visible.
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (visible || !el) return;
    // Measured once at mount: the page may still be scrolled where the previous page was, and
    // an element above the viewport is not "near" for the observer, but it is not below the
    // fold either.
    if (el.getBoundingClientRect().top < window.innerHeight + NEAR_PX) {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting || e.boundingClientRect.top < 0)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: `0px 0px ${NEAR_PX}px 0px` },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [visible]);
  return [ref, visible];
}
