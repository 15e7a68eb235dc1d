// SPDX-License-Identifier: EUPL-1.2
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router';

import { App } from '../app/App';

// findBy… waits up to 1 s by default; the Zicht map renders after geometry and values arrive, which
// on a loaded two-core machine took longer. A wait, not a performance assertion: benchmarks hold those.
configure({ asyncUtilTimeout: 5000 });

// A layout effect runs before the DOM observers of Testing Library see the new page.
function LocationProbe({ onChange }: { onChange: (path: string) => void }) {
  const location = useLocation();
  useLayoutEffect(() => {
    onChange(`${location.pathname}${location.search}`);
  }, [location, onChange]);
  return null;
}

/** Renders the whole app at `path` in a memory router; `location()` tells where it is now. */
export function renderApp(path: string) {
  let current = path;
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[path]}>
      <App />
      <LocationProbe onChange={(next) => (current = next)} />
    </MemoryRouter>,
  );
  return { ...result, user, location: () => current };
}
