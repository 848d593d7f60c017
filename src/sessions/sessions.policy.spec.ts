import { ForbiddenException } from '@nestjs/common';
import { ActorName, EVERY_ACTOR, LEAD_UNIT, UNRELATED_UNIT } from '../../test/factories/actor.factory';
import { assertMayReportFor, mayEditReportOf } from './sessions.policy';

/** Whether each caller acts for any unit (true) or only for its own department (false). */
const ANY_UNIT: Record<ActorName, boolean> = {
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

describe('sessions policy', () => {
  describe('whose report a caller submits', () => {
    it.each(EVERY_ACTOR)('%s', (name, actor) => {
      const forLeadUnit = () => assertMayReportFor(actor, LEAD_UNIT);
      if (ANY_UNIT[name] || name === 'leadUnit') expect(forLeadUnit).not.toThrow();
      else expect(forLeadUnit).toThrow(new ForbiddenException('A department may submit reports only for itself'));
      const forAnother = () => assertMayReportFor(actor, UNRELATED_UNIT);
      if (ANY_UNIT[name] || name === 'unrelatedUnit') expect(forAnother).not.toThrow();
      else expect(forAnother).toThrow(ForbiddenException);
    });
  });

  describe('whose report a caller edits', () => {
    it.each(EVERY_ACTOR)('%s', (name, actor) => {
      expect(mayEditReportOf(actor, LEAD_UNIT)).toBe(ANY_UNIT[name] || name === 'leadUnit');
      expect(mayEditReportOf(actor, UNRELATED_UNIT)).toBe(ANY_UNIT[name] || name === 'unrelatedUnit');
    });
  });
});
