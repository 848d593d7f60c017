import {
  ACTORS,
  ActorName,
  COOPERATING_UNIT,
  EVERY_ACTOR,
  LEAD_UNIT,
  UNRELATED_UNIT,
} from '../../test/factories/actor.factory';
import { PeriodTaskRows } from './period-task-rows';
import { ownUnitOf, scopePeriodReport } from './periods.policy';
import type { PeriodReportWithRows, PeriodTaskRow, UnitFigures } from './periods.service';

const unit = (departmentId: number, rank: number) => ({ departmentId, rank, score: 1 }) as unknown as UnitFigures;
const row = (taskId: number, leadDepartmentId: number) =>
  ({ taskId, leadDepartmentId, group: 'done_on_time' }) as unknown as PeriodTaskRow;

/** Two tasks of the lead unit, one of the cooperating unit (which it leads), none of the unrelated one. */
const report = (): PeriodReportWithRows =>
  ({
    province: { total: 3 },
    units: [unit(LEAD_UNIT, 1), unit(COOPERATING_UNIT, 2)],
    rows: PeriodTaskRows.of([row(1, LEAD_UNIT), row(2, COOPERATING_UNIT), row(3, LEAD_UNIT)]),
  }) as unknown as PeriodReportWithRows;

/** The unit each caller is limited to; null for every unit. */
const OWN: Record<ActorName, number | null> = {
  admin: null,
  office: null,
  chairman: null,
  viceChairman: null,
  leaderInCharge: null,
  leadUnit: LEAD_UNIT,
  cooperatingUnit: COOPERATING_UNIT,
  unrelatedUnit: UNRELATED_UNIT,
  unitWithoutDepartment: 0,
  system: null,
};

describe('periods policy', () => {
  describe('whose figures a caller reads', () => {
    it.each(EVERY_ACTOR)('%s', (name, actor) => {
      expect(ownUnitOf(actor)).toBe(OWN[name]);
    });
  });

  describe('the report a caller gets', () => {
    it.each(EVERY_ACTOR)('%s', (name, actor) => {
      const original = report();
      const scoped = scopePeriodReport(original, actor);
      expect(scoped.province).toEqual({ total: 3 });
      const own = OWN[name];
      if (own === null) {
        expect(scoped).toBe(original);
        return;
      }
      expect(scoped.units.map((u) => u.departmentId)).toEqual(own === 0 || own === UNRELATED_UNIT ? [] : [own]);
      // A unit is not told where it ranks among the others.
      expect(scoped.units.every((u) => u.rank === null)).toBe(true);
      expect(
        scoped.rows
          .toArray()
          .map((r) => r.taskId)
          .sort(),
      ).toEqual(own === LEAD_UNIT ? [1, 3] : own === COOPERATING_UNIT ? [2] : []);
    });

    it('leaves the ranks in the report every unit is read from', () => {
      expect(scopePeriodReport(report(), ACTORS.office).units.map((u) => u.rank)).toEqual([1, 2]);
    });
  });
});
