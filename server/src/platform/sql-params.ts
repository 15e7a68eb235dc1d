// SPDX-License-Identifier: EUPL-1.2
/**
 * The values of one parameterised statement that is put together from parts (e.g. a report
 * insert and the audit event that records it): each part adds its values and gets back the
 * placeholders, so the numbering stays right however the parts are combined.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, e.g. `$3` or, with a type, `$3::uuid`. */
  add(value: unknown, type?: string): string {
    this.values.push(value);
    return type ? `$${this.values.length}::${type}` : `$${this.values.length}`;
  }
}
