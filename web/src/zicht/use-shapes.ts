// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';

import type { RegionLevel } from '../../../common/statistics/levels';

import { loadShapes, mappedLevels } from './api';
import type { Projected } from './geo/project';

export type ShapesState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; projected: Projected };

/** The projected boundaries of a level and year, or `none` for levels without boundaries. */
export function useShapes(
  level: RegionLevel,
  /** null: not known yet (nothing loads); 'newest': the newest boundaries of the level. */
  year: number | 'newest' | null,
  within: string | null,
): ShapesState {
  const key = `${level}|${year}|${within ?? ''}`;
  const [state, setState] = useState<{ key: string; value: ShapesState }>({
    key: '',
    value: { status: 'loading' },
  });
  useEffect(() => {
    if (!mappedLevels.includes(level) || year === null) return;
    let current = true;
    loadShapes(level, year, within).then(
      (projected) => current && setState({ key, value: { status: 'success', projected } }),
      (error: unknown) => current && setState({ key, value: { status: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [key, level, year, within]);
  if (!mappedLevels.includes(level)) return { status: 'none' };
  return state.key === key ? state.value : { status: 'loading' };
}
