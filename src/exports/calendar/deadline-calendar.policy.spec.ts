import { ForbiddenException } from '@nestjs/common';
import { ActorName, EVERY_ACTOR, LEAD_UNIT, UNRELATED_UNIT } from '../../../test/factories/actor.factory';
import { assertMayReadCalendarOf } from './deadline-calendar.policy';

/** Whose calendar address each caller may read: every unit's, or only its own (leaders are refused on the route). */
const EVERY_UNIT: Record<ActorName, boolean> = {
  admin: true,
  office: true,
  chairman: true,
  viceChairman: true,
  leaderInCharge: true,
  leadUnit: false,
  cooperatingUnit: false,
  unrelatedUnit: false,
  unitWithoutDepartment: false,
  system: true,
};

describe('deadline calendar policy', () => {
  it.each(EVERY_ACTOR)('%s', (name, actor) => {
    for (const departmentId of [LEAD_UNIT, UNRELATED_UNIT]) {
      const own = actor.departmentId === departmentId;
      const act = () => assertMayReadCalendarOf(actor, departmentId);
      if (EVERY_UNIT[name] || own) expect(act).not.toThrow();
      else
        expect(act).toThrow(
          new ForbiddenException("Only the department's own users and the office see its calendar address"),
        );
    }
  });
});
