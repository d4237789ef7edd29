/**
 * The pane's two live regions — a polite status for results, an assertive alert for errors — and the hook that speaks
 * through them: one short sentence per outcome. They are ours rather than Fluent's AriaLiveAnnouncer so that each
 * outcome is said once (Fluent's MessageBar announces only under an AriaLiveAnnouncer, which the pane does not use)
 * and so that tests can read what was said. The regions exist from the first render: a region added together with
 * its text is not announced by most screen readers
 * (https://developer.mozilla.org/docs/Web/Accessibility/ARIA/Guides/Live_regions).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useLayout } from '../layout';

/** Says a sentence: `status` for results, `alert` for errors. */
export interface Announce {
  status(text: string): void;
  alert(text: string): void;
}

const NOBODY: Announce = { status: () => undefined, alert: () => undefined };
const AnnounceContext = createContext<Announce>(NOBODY);

/** The announcer of the pane (a no-op outside the provider). */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

interface Said {
  text: string;
  /** Bumped on every announcement: the text node is replaced, so the same sentence twice is said twice. */
  n: number;
}

/** Provides the announcer and renders its regions (visually hidden) after its children. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const layout = useLayout();
  const [status, setStatus] = useState<Said>({ text: '', n: 0 });
  const [alert, setAlert] = useState<Said>({ text: '', n: 0 });
  const sayStatus = useCallback((text: string) => setStatus((s) => ({ text, n: s.n + 1 })), []);
  const sayAlert = useCallback((text: string) => setAlert((s) => ({ text, n: s.n + 1 })), []);
  const announce = useMemo(() => ({ status: sayStatus, alert: sayAlert }), [sayStatus, sayAlert]);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {(
        [
          ['status', 'polite', status],
          ['alert', 'assertive', alert],
        ] as const
      ).map(([role, live, said]) => (
        <div
          key={role}
          role={role}
          aria-live={live}
          aria-atomic="true"
          className={layout.visuallyHidden}
          data-testid={`live-${role}`}
        >
          <span key={said.n}>{said.text}</span>
        </div>
      ))}
    </AnnounceContext.Provider>
  );
}
