// SPDX-License-Identifier: EUPL-1.2
import { ApiError } from '../api/client';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/Status';

/** True when the server says no statistics are loaded yet. */
export const noStatisticsLoaded = (error: unknown) =>
  error instanceof ApiError && error.problem.type.endsWith('/geen-statistieken');

/** Explains how an administrator loads the open statistics, or shows any other load error. */
export function StatisticsError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!noStatisticsLoaded(error)) return <LoadError error={error} onRetry={onRetry} />;
  return (
    <Alert type="info" heading="Er zijn nog geen cijfers geladen" live={false}>
      <p className="utrecht-paragraph">
        Zicht toont open cijfers van CBS en Politie. Een beheerder van de server laadt ze één keer:
      </p>
      <ul className="utrecht-unordered-list">
        <li>
          vanaf internet: <code>npx weerbaar data fetch</code>
        </li>
        <li>
          uit een map met bestanden: <code>npx weerbaar data import --from &lt;map&gt;</code>
        </li>
        <li>
          of automatisch bij de start: zet <code>WEERBAAR_DATA_DIR</code> op zo&apos;n map.
        </li>
      </ul>
    </Alert>
  );
}
