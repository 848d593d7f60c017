import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * False in the render that mounts the caller, true once that render has been painted: a page's parts that its
 * first screen's data does not need (forms, filters, long tables below it) render after that data is visible,
 * rather than in the same render, which they made several times longer. The second render is a transition,
 * so a click or a key pressed meanwhile is not held up by it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // An animation frame's callbacks run just before it is painted; a task queued from one runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

/** `fallback`, then its children once the screen that mounted it has been painted (useAfterFirstPaint). */
export function AfterFirstPaint({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useAfterFirstPaint() ? children : fallback;
}
