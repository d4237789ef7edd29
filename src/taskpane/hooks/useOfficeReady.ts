/**
 * Waits for Office.js and checks the host once: Excel with ExcelApi 1.8 (and on which platform: on Mac and iPad a
 * template leaves the pane as a new workbook, not a download), or the reason the pane cannot work here.
 */
import { useEffect, useState } from 'react';
import { checkHost, type HostPlatform, type HostProblem } from '../../office/host';

/** Where the start-up check stands. */
export type HostState =
  | { status: 'checking' }
  | { status: 'ready'; platform: HostPlatform }
  | { status: 'unavailable'; reason: HostProblem; needed: string }
  | { status: 'failed'; error: unknown };

/** The host check's state; starts as 'checking'. */
export function useOfficeReady(): HostState {
  const [state, setState] = useState<HostState>({ status: 'checking' });
  useEffect(() => {
    let live = true;
    checkHost().then(
      (check) => {
        if (!live) return;
        setState(
          check.ok
            ? { status: 'ready', platform: check.platform }
            : { status: 'unavailable', reason: check.reason, needed: check.needed },
        );
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
