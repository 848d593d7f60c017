import { ForbiddenException } from '@nestjs/common';
import { ActorName, EVERY_ACTOR } from '../../test/factories/actor.factory';
import { assertMayReadEntriesOf, readsAccountEntries } from './audit.policy';

/** Who reads the audit entries of user accounts (the route admits only admins and the office at all). */
const READS_ACCOUNTS: Record<ActorName, boolean> = {
  admin: true,
  office: false,
  chairman: false,
  viceChairman: false,
  leaderInCharge: false,
  leadUnit: false,
  cooperatingUnit: false,
  unrelatedUnit: false,
  unitWithoutDepartment: false,
  system: true,
};

describe('audit policy', () => {
  describe('who reads account entries', () => {
    it.each(EVERY_ACTOR)('%s', (name, actor) => {
      expect(readsAccountEntries(actor)).toBe(READS_ACCOUNTS[name]);
    });
  });

  describe('asking for account entries by name', () => {
    it.each(EVERY_ACTOR)('%s', (name, actor) => {
      const act = () => assertMayReadEntriesOf(actor, 'user');
      if (READS_ACCOUNTS[name]) expect(act).not.toThrow();
      else expect(act).toThrow(new ForbiddenException('Only an admin may read the audit entries of accounts'));
    });
  });

  describe('asking for other records, or for all', () => {
    it.each(EVERY_ACTOR)('%s', (_name, actor) => {
      expect(() => assertMayReadEntriesOf(actor, 'task')).not.toThrow();
      expect(() => assertMayReadEntriesOf(actor, undefined)).not.toThrow();
    });
  });
});
