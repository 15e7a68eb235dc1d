// SPDX-License-Identifier: EUPL-1.2
import { ImportError } from '../../platform/csv';

/** After this many problems the import stops collecting: the operator has enough to fix. */
export const maxProblems = 50;

/** Collects problems with their place; throws an ImportError once there are too many. */
export class Problems {
  readonly list: string[] = [];

  /** Adds a problem; at the limit, stops the import with everything collected so far. */
  add(message: string): void {
    this.list.push(message);
    if (this.list.length >= maxProblems) {
      throw new ImportError([
        ...this.list,
        `na ${maxProblems} problemen gestopt; herstel deze en importeer opnieuw`,
      ]);
    }
  }

  /** A problem in a cell or line: "file: regel 12, kolom naam (3): message". */
  at(file: string, line: number, message: string, column?: { name: string; index: number }): void {
    const where = column
      ? `regel ${line}, kolom ${column.name} (${column.index + 1})`
      : `regel ${line}`;
    this.add(`${file}: ${where}: ${message}`);
  }

  /** Throws the collected problems, if any; the transaction around the import then rolls back. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new ImportError([...this.list]);
  }
}
