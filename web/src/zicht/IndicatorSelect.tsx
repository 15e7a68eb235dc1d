// SPDX-License-Identifier: EUPL-1.2
import type { IndicatorList } from '../../../common/contracts/statistics';
import type { ControlProps } from '../ui/FormField';

/** A native select of the indicators, grouped by theme; use it inside FormField. */
export function IndicatorSelect({
  catalogue,
  value,
  onChange,
  filter = () => true,
  invalid,
  ...control
}: ControlProps & {
  catalogue: IndicatorList;
  value: string;
  onChange: (id: string) => void;
  filter?: (indicator: IndicatorList['indicators'][number]) => boolean;
}) {
  return (
    <select
      {...control}
      className={`utrecht-select utrecht-select--html-select${invalid ? ' utrecht-select--invalid' : ''}`}
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
