// SPDX-License-Identifier: EUPL-1.2
import { useRoutes } from 'react-router';

import { routes } from './routes';

/**
 * The app inside whichever router the caller provides (BrowserRouter in the browser,
 * MemoryRouter in tests). Declarative routing keeps the data-router code out of the bundle.
 */
export function App() {
  return useRoutes(routes);
}
