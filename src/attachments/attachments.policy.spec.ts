import { ForbiddenException } from '@nestjs/common';
import { ACTORS, ActorName, EVERY_ACTOR, LEAD_UNIT } from '../../test/factories/actor.factory';
import { assertMayAttachTo, attachingUnitOf } from './attachments.policy';

const task = { leadDepartmentId: LEAD_UNIT };

/** Who may put a file on a task led by LEAD_UNIT (leaders are refused on the route before this rule). */
const ATTACHES: Record<ActorName, boolean> = {
  admin: true,
  office: true,
  chairman: true,
  viceChairman: true,
  leaderInCharge: true,
  leadUnit: true,
  cooperatingUnit: false,
  unrelatedUnit: false,
  unitWithoutDepartment: false,
  system: true,
};

describe('attachments policy', () => {
  describe('who attaches a file to a task', () => {
    it.each(EVERY_ACTOR)('%s', (name, actor) => {
      const act = () => assertMayAttachTo(actor, task);
      if (ATTACHES[name]) expect(act).not.toThrow();
      else
        expect(act).toThrow(
          new ForbiddenException('Only the lead department or the office can upload attachments to this task'),
        );
    });
  });

  describe('which unit a file is recorded as coming from', () => {
    it.each(EVERY_ACTOR)('%s', (name, actor) => {
      expect(attachingUnitOf(actor)).toBe(actor.role === 'department' ? ACTORS[name].departmentId : null);
    });

    it('records the lead unit for its own upload and no unit for the office or the system', () => {
      expect(attachingUnitOf(ACTORS.leadUnit)).toBe(LEAD_UNIT);
      expect(attachingUnitOf(ACTORS.office)).toBeNull();
      expect(attachingUnitOf(ACTORS.system)).toBeNull();
    });
  });
});
