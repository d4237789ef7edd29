/** Entry of taskpane.html: renders the pane at once (it waits for Office itself, see hooks/useOfficeReady). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
