// SPDX-License-Identifier: EUPL-1.2
import './zod-config';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './app/layout.css';
import './ui/components.css';
import './zicht/zicht.css';
import './tips/tips.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('Element #root ontbreekt in index.html.');

createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
