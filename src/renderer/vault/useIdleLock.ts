// Calls onIdle after `minutes` without keyboard, pointer or wheel input.
import { useEffect, useRef } from 'react';

const EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

export function useIdleLock(minutes: number, onIdle: () => void): void {
  const last = useRef(0);
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
    };
    for (const e of EVENTS) window.addEventListener(e, touch, { passive: true, capture: true });
    const limit = minutes * 60_000;
    const id = setInterval(
      () => {
        if (Date.now() - last.current >= limit) callback.current();
      },
      Math.min(15_000, limit / 4),
    );
    return () => {
      clearInterval(id);
      for (const e of EVENTS) window.removeEventListener(e, touch, { capture: true });
    };
  }, [minutes]);
}
