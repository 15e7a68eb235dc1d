// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openTestDatabase } from '../../test/test-db';
import type { Database } from '../platform/db';

import {
  ImportError,
  importOrganisations,
  organisationsFromCsv,
  parseCsv,
  riecCodeFor,
} from './import';
import { findOrganisationByCode, listOrganisations } from './store';

/** The ImportError thrown by `work`, so a test can read every problem. */
function importErrorOf(work: () => unknown): ImportError {
  try {
    work();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseCsv(text)', () => {
  it('splits rows and cells', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(
      parseCsv('code,naam\nGM0820,"Nuenen, Gerwen en Nederwetten"\nX,"Zeg ""hoi""\nen dag"\n'),
    ).toEqual([
      ['code', 'naam'],
      ['GM0820', 'Nuenen, Gerwen en Nederwetten'],
      ['X', 'Zeg "hoi"\nen dag'],
    ]);
  });

  it('drops a byte order mark at the start', () => {
    expect(parseCsv('\uFEFFgemeentecode,gemeentenaam\nGM0363,Amsterdam')[0]).toEqual([
      'gemeentecode',
      'gemeentenaam',
    ]);
  });

  it('accepts CRLF, LF and CR line endings alike, with or without a final line break', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
    ];
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual(expected);
    expect(parseCsv('a,b\n1,2')).toEqual(expected);
    expect(parseCsv('a,b\r1,2\r')).toEqual(expected);
  });

  it('skips empty lines but keeps empty cells', () => {
    expect(parseCsv('a,b\n\n1,\n\r\n,2\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
    ]);
  });

  it('throws an ImportError when the file ends inside a quoted field', () => {
    expect(() => parseCsv('a,b\n1,"open')).toThrow(ImportError);
  });
});

describe('riecCodeFor(unit)', () => {
  it('turns a police unit name into an RIEC code', () => {
    expect(riecCodeFor('Oost-Brabant')).toBe('RIEC-OOST-BRABANT');
    expect(riecCodeFor('Zeeland - West-Brabant')).toBe('RIEC-ZEELAND-WEST-BRABANT');
    expect(riecCodeFor('Fryslân')).toBe('RIEC-FRYSLAN');
  });
});

const gemeentenHeader = 'gemeentecode,gemeentenaam,provinciecode,provincienaam';

describe('organisationsFromCsv(text, file)', () => {
  it('reads the CBS gemeenten layout: each provincie once, before its gemeenten', () => {
    const csv = `\uFEFF${gemeentenHeader}\r\nGM0014,Groningen,PV20,Groningen\r\nGM0034,Almere,PV24,Flevoland\r\nGM0037,Stadskanaal,PV20,Groningen\r\n`;
    expect(organisationsFromCsv(csv, 'g.csv')).toEqual([
      { code: 'PV20', type: 'provincie', name: 'Groningen' },
      { code: 'PV24', type: 'provincie', name: 'Flevoland' },
      { code: 'GM0014', type: 'gemeente', name: 'Groningen', provinceCode: 'PV20' },
      { code: 'GM0034', type: 'gemeente', name: 'Almere', provinceCode: 'PV24' },
      { code: 'GM0037', type: 'gemeente', name: 'Stadskanaal', provinceCode: 'PV20' },
    ]);
  });

  it('reads the veiligheidsregio layout: one RIEC per police unit', () => {
    const csv = [
      'gemeentecode,gemeentenaam,veiligheidsregiocode,veiligheidsregionaam,politie_regionale_eenheid',
      'GM0820,"Nuenen, Gerwen en Nederwetten",VR22,Brabant-Zuidoost,Oost-Brabant',
      'GM0772,Eindhoven,VR22,Brabant-Zuidoost,Oost-Brabant',
    ].join('\n');
    expect(organisationsFromCsv(csv, 'v.csv')).toEqual([
      { code: 'RIEC-OOST-BRABANT', type: 'riec', name: 'RIEC Oost-Brabant' },
      {
        code: 'GM0820',
        type: 'gemeente',
        name: 'Nuenen, Gerwen en Nederwetten',
        riecCode: 'RIEC-OOST-BRABANT',
      },
      { code: 'GM0772', type: 'gemeente', name: 'Eindhoven', riecCode: 'RIEC-OOST-BRABANT' },
    ]);
  });

  it('reads the generic layout with optional parents, trimming cells and header names', () => {
    const csv =
      'code , type ,naam,provinciecode,riec_code\nMIN-JENV,ministerie,Ministerie van Justitie en Veiligheid,,\nWS-AGV,waterschap,  Amstel Gooi en Vecht  ,PV27,\n';
    expect(organisationsFromCsv(csv, 'x.csv')).toEqual([
      {
        code: 'MIN-JENV',
        type: 'ministerie',
        name: 'Ministerie van Justitie en Veiligheid',
        provinceCode: null,
        riecCode: null,
      },
      {
        code: 'WS-AGV',
        type: 'waterschap',
        name: 'Amstel Gooi en Vecht',
        provinceCode: 'PV27',
        riecCode: null,
      },
    ]);
  });

  it('names file and line for a row with the wrong number of columns', () => {
    const error = importErrorOf(() =>
      organisationsFromCsv(
        `${gemeentenHeader}\nGM0014,Groningen,PV20,Groningen\nGM0034,Almere,PV24\n`,
        'g.csv',
      ),
    );
    expect(error.problems).toEqual(['g.csv: regel 3: 3 kolommen, verwacht 4']);
    expect(error.message).toContain('er is niets gewijzigd');
  });

  it('names file, line and column (by name and number) for a bad code', () => {
    const error = importErrorOf(() =>
      organisationsFromCsv(
        `${gemeentenHeader}\nGM0014,Groningen,PV20,Groningen\nGM34,Almere,PV24,Flevoland\nGM0037,Stadskanaal,P20,Groningen\n`,
        'g.csv',
      ),
    );
    expect(error.problems).toEqual([
      'g.csv: regel 3, kolom gemeentecode (1): verwacht een gemeentecode als GM0363',
      'g.csv: regel 4, kolom provinciecode (3): verwacht een provinciecode als PV27',
    ]);
  });

  it('counts the column from the trimmed header when header names have spaces around them', () => {
    const error = importErrorOf(() =>
      organisationsFromCsv(
        'gemeentecode, gemeentenaam , provinciecode ,provincienaam\nGM0014,Groningen,PV2,Groningen\n',
        'g.csv',
      ),
    );
    expect(error.problems).toEqual([
      'g.csv: regel 2, kolom provinciecode (3): verwacht een provinciecode als PV27',
    ]);
  });

  it('refuses an empty name', () => {
    const error = importErrorOf(() =>
      organisationsFromCsv(`${gemeentenHeader}\nGM0014,  ,PV20,Groningen\n`, 'g.csv'),
    );
    expect(error.problems).toEqual(['g.csv: regel 2, kolom gemeentenaam (2): mag niet leeg zijn']);
  });

  it('refuses an unknown header and names the expected columns', () => {
    const error = importErrorOf(() =>
      organisationsFromCsv('gemeente,naam\nGM0014,Groningen\n', 'g.csv'),
    );
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^g\.csv: regel 1: onbekende kolommen \(gemeente, naam\)/);
    expect(error.problems[0]).toContain(gemeentenHeader);
  });

  it('refuses a duplicate code and names both lines', () => {
    const error = importErrorOf(() =>
      organisationsFromCsv(
        `${gemeentenHeader}\nGM0014,Groningen,PV20,Groningen\nGM0034,Almere,PV24,Flevoland\nGM0014,Groningen,PV20,Groningen\n`,
        'g.csv',
      ),
    );
    expect(error.problems).toEqual(['g.csv: regel 4: code GM0014 staat ook op regel 2']);
  });

  it('refuses an unknown organisation type in the generic layout', () => {
    const error = importErrorOf(() =>
      organisationsFromCsv('code,type,naam\nGM0014,dorp,Groningen\n', 'x.csv'),
    );
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^x\.csv: regel 2, kolom type \(2\): /);
  });

  it('refuses a file without data lines', () => {
    expect(
      importErrorOf(() => organisationsFromCsv(`${gemeentenHeader}\n`, 'leeg.csv')).problems,
    ).toEqual(['leeg.csv: het bestand heeft geen gegevensregels']);
    expect(importErrorOf(() => organisationsFromCsv('', 'leeg.csv')).problems).toEqual([
      'leeg.csv: het bestand heeft geen gegevensregels',
    ]);
  });

  it('reports at most 50 problems', () => {
    const rows = Array.from({ length: 80 }, (_, i) => `XX${i},Naam,PV20,Groningen`);
    expect(
      importErrorOf(() => organisationsFromCsv([gemeentenHeader, ...rows].join('\n'), 'g.csv'))
        .problems,
    ).toHaveLength(50);
  });
});

describe('importOrganisations(tx, organisations, file)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  const load = (csv: string, file = 'test.csv') =>
    db.transaction((tx) => importOrganisations(tx, organisationsFromCsv(csv, file), file));
  const count = async () => (await listOrganisations(db)).length;

  it('creates organisations with their links, then is idempotent', async () => {
    const csv = `${gemeentenHeader}\nGM0014,Groningen,PV20,Groningen\nGM0037,Stadskanaal,PV20,Groningen\n`;
    expect(await load(csv)).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(await load(csv)).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await findOrganisationByCode(db, 'GM0037')).toMatchObject({
      type: 'gemeente',
      name: 'Stadskanaal',
      provinceCode: 'PV20',
      riecCode: null,
    });
  });

  it('updates a changed name and counts it as updated', async () => {
    await load(`${gemeentenHeader}\nGM0080,Leeuwarden,PV21,Friesland\n`);
    expect(await load(`${gemeentenHeader}\nGM0080,Leeuwarden,PV21,Fryslân\n`)).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    expect((await findOrganisationByCode(db, 'PV21'))?.name).toBe('Fryslân');
  });

  it('adds the RIEC link without losing the provincie link', async () => {
    await load(`${gemeentenHeader}\nGM0086,Opsterland,PV21,Fryslân\n`);
    const riec =
      'gemeentecode,gemeentenaam,veiligheidsregiocode,veiligheidsregionaam,politie_regionale_eenheid\nGM0086,Opsterland,VR02,Fryslân,Noord-Nederland\n';
    expect(await load(riec)).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(await findOrganisationByCode(db, 'GM0086')).toMatchObject({
      provinceCode: 'PV21',
      riecCode: 'RIEC-NOORD-NEDERLAND',
    });
  });

  it('links to a parent that appears later in the same file', async () => {
    const csv =
      'code,type,naam,provinciecode\nWS-NZK,waterschap,Noorderzijlvest,PV98\nPV98,provincie,Proefprovincie,\n';
    expect(await load(csv)).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect((await findOrganisationByCode(db, 'WS-NZK'))?.provinceCode).toBe('PV98');
  });

  it('changes nothing when one organisation exists with another type (all or nothing)', async () => {
    await load('code,type,naam\nWS-HHNK,waterschap,Hoogheemraadschap Hollands Noorderkwartier\n');
    const before = await count();
    const csv =
      'code,type,naam\nMIN-BZK,ministerie,Ministerie van BZK\nWS-HHNK,gemeente,Hollands Noorderkwartier\nMIN-EZK,ministerie,Ministerie van EZK\n';
    const failure = await load(csv, 'mix.csv').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportError);
    expect((failure as ImportError).problems).toEqual([
      'mix.csv: WS-HHNK bestaat al als waterschap, niet als gemeente',
    ]);
    expect(await count()).toBe(before);
    expect(await findOrganisationByCode(db, 'MIN-BZK')).toBeNull();
  });

  it('changes nothing when an organisation refers to an unknown parent', async () => {
    const before = await count();
    const failure = await load(
      'code,type,naam,provinciecode\nWS-A,waterschap,A,\nWS-B,waterschap,B,PV99\n',
      'p.csv',
    ).catch((error: unknown) => error);
    expect((failure as ImportError).problems).toEqual([
      'p.csv: WS-B verwijst naar onbekende organisatie PV99',
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a parent of the wrong type', async () => {
    await load('code,type,naam\nWS-DELF,waterschap,Delfland\n');
    const failure = await load(
      'code,type,naam,provinciecode,riec_code\nWS-RIJN,waterschap,Rijnland,,WS-DELF\n',
      'r.csv',
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportError);
    expect((failure as ImportError).problems).toEqual([
      'r.csv: WS-RIJN verwijst naar WS-DELF, maar dat is een waterschap en geen riec',
    ]);
    expect(await findOrganisationByCode(db, 'WS-RIJN')).toBeNull();
  });
});

const regions = new URL('../../../../shared/data/regions/', import.meta.url);
const gemeentenFile = fileURLToPath(new URL('gemeenten_2024.csv', regions));
const veiligheidsregioFile = fileURLToPath(new URL('gemeente_veiligheidsregio_2024.csv', regions));

describe.skipIf(!existsSync(gemeentenFile) || !existsSync(veiligheidsregioFile))(
  'importOrganisations with ../shared/data/regions',
  () => {
    let db: Database;
    beforeAll(async () => {
      db = await openTestDatabase();
    });
    afterAll(() => db.close());

    const load = (file: string) =>
      db.transaction((tx) =>
        importOrganisations(tx, organisationsFromCsv(readFileSync(file, 'utf8'), file), file),
      );
    const ofType = async (type: string) =>
      (await listOrganisations(db)).filter((o) => o.type === type);

    it('gemeenten_2024.csv creates 342 gemeenten and 12 provincies, and a second run changes nothing', async () => {
      expect(await load(gemeentenFile)).toEqual({ created: 354, updated: 0, unchanged: 0 });
      expect(await ofType('gemeente')).toHaveLength(342);
      expect(await ofType('provincie')).toHaveLength(12);
      expect((await ofType('gemeente')).every((g) => /^PV\d{2}$/.test(g.provinceCode ?? ''))).toBe(
        true,
      );
      expect(await findOrganisationByCode(db, 'GM0363')).toMatchObject({
        name: 'Amsterdam',
        provinceCode: 'PV27',
      });
      expect(await findOrganisationByCode(db, 'GM0820')).toMatchObject({
        name: 'Nuenen, Gerwen en Nederwetten',
      });

      expect(await load(gemeentenFile)).toEqual({ created: 0, updated: 0, unchanged: 354 });
    });

    it('gemeente_veiligheidsregio_2024.csv adds 10 RIECs and links every gemeente to one', async () => {
      expect(await load(veiligheidsregioFile)).toEqual({ created: 10, updated: 342, unchanged: 0 });
      const riecs = await ofType('riec');
      expect(riecs.map((r) => r.code).sort()).toEqual([
        'RIEC-AMSTERDAM',
        'RIEC-DEN-HAAG',
        'RIEC-LIMBURG',
        'RIEC-MIDDEN-NEDERLAND',
        'RIEC-NOORD-HOLLAND',
        'RIEC-NOORD-NEDERLAND',
        'RIEC-OOST-BRABANT',
        'RIEC-OOST-NEDERLAND',
        'RIEC-ROTTERDAM',
        'RIEC-ZEELAND-WEST-BRABANT',
      ]);
      const gemeenten = await ofType('gemeente');
      expect(gemeenten).toHaveLength(342);
      expect(gemeenten.every((g) => g.riecCode !== null && g.provinceCode !== null)).toBe(true);
      expect(await findOrganisationByCode(db, 'GM0363')).toMatchObject({
        provinceCode: 'PV27',
        riecCode: 'RIEC-AMSTERDAM',
      });

      expect(await load(veiligheidsregioFile)).toEqual({ created: 0, updated: 0, unchanged: 352 });
      expect(await load(gemeentenFile)).toEqual({ created: 0, updated: 0, unchanged: 354 });
    });
  },
);
