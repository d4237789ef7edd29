/**
 * Moves focus to an element once the render that shows it has been committed: after a check the focus goes to its
 * result, after a read to the summary, after a dialog back to the button that opened it — never left on the page body
 * when the focused control disappears.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Returns `focusLater(ref)`: focuses `ref.current` after the next commit (or at once if nothing re-renders). */
export function useFocusRequest(): (target: RefObject<HTMLElement | null>) => void {
  const pending = useRef<RefObject<HTMLElement | null> | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    const element = pending.current?.current;
    if (!element) return;
    pending.current = null;
    element.focus();
  }, [request]);
  return useCallback((target) => {
    pending.current = target;
    setRequest((n) => n + 1);
  }, []);
}
