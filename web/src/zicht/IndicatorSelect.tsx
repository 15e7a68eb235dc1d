// SPDX-License-Identifier: EUPL-1.2
import type { IndicatorList } from '../../../common/contracts/statistics';

/** A native select of the indicators, grouped by theme. */
export function IndicatorSelect({
  id,
  catalogue,
  value,
  onChange,
  filter = () => true,
}: {
  id: string;
  catalogue: IndicatorList;
  value: string;
  onChange: (id: string) => void;
  filter?: (indicator: IndicatorList['indicators'][number]) => boolean;
}) {
  return (
    <select
      id={id}
      className="utrecht-select utrecht-select--html-select"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {catalogue.themes.map((theme) => {
        const ofTheme = catalogue.indicators.filter((i) => i.theme === theme.id && filter(i));
        return ofTheme.length === 0 ? null : (
          <optgroup key={theme.id} label={theme.label}>
            {ofTheme.map((indicator) => (
              <option key={indicator.id} value={indicator.id}>
                {indicator.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
