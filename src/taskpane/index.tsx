/**
 * Entry of taskpane.html: renders the pane at once (it waits for Office itself, see hooks/useOfficeReady), on the
 * built-in plan (the planner may switch to another in the pane: components/PlanBar).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { builtInPlan } from './plan';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App plan={builtInPlan()} />
  </StrictMode>,
);
