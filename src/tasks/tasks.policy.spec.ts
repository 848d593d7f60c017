import { ForbiddenException } from '@nestjs/common';
import {
  ACTORS,
  ActorName,
  COOPERATING_UNIT,
  EVERY_ACTOR,
  LEAD_UNIT,
  LEADER_IN_CHARGE,
  LEADER_TITLES,
} from '../../test/factories/actor.factory';
import type { TaskAction } from './task-actions';
import {
  allowedTaskActions,
  assertCanComplete,
  assertCanDecideExtension,
  assertCanRequestExtension,
  decidesExtension,
  ExtensionDecisionFacts,
  postsNoteOnly,
  TaskAccess,
  taskAccessOf,
} from './tasks.policy';

/** How each caller stands to a task led by LEAD_UNIT with COOPERATING_UNIT cooperating. */
const ACCESS: Record<ActorName, TaskAccess | null> = {
  admin: 'full',
  office: 'full',
  chairman: 'full',
  viceChairman: 'full',
  leaderInCharge: 'full',
  leadUnit: 'lead',
  cooperatingUnit: 'support',
  unrelatedUnit: null,
  unitWithoutDepartment: null,
  system: 'full',
};

const cooperates = (name: ActorName) => ACTORS[name].departmentId === COOPERATING_UNIT;
const accessOf = (name: ActorName) => taskAccessOf(ACTORS[name], LEAD_UNIT, cooperates(name));

describe('tasks policy', () => {
  describe('who sees a task', () => {
    it.each(EVERY_ACTOR)('%s', (name) => {
      expect(accessOf(name)).toBe(ACCESS[name]);
    });

    it('shows no task to a department user who has no department', () => {
      expect(taskAccessOf(ACTORS.unitWithoutDepartment, LEAD_UNIT, true)).toBeNull();
    });
  });

  it('records a cooperating unit’s update as a note, and nobody else’s', () => {
    expect(postsNoteOnly('support')).toBe(true);
    expect(postsNoteOnly('lead')).toBe(false);
    expect(postsNoteOnly('full')).toBe(false);
  });

  // The route lets only office and department post progress and request extensions; the rules below are for
  // those it lets through, and hold for the others as well (admin, the system).
  const leadOnly: Record<ActorName, boolean> = {
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

  describe('who completes a task', () => {
    it.each(EVERY_ACTOR)('%s', (name, actor) => {
      const access = accessOf(name) ?? 'support';
      const act = () => assertCanComplete(actor, access);
      if (leadOnly[name]) expect(act).not.toThrow();
      else expect(act).toThrow(new ForbiddenException('Only the lead department can complete this task'));
    });
  });

  describe('who requests an extension', () => {
    it.each(EVERY_ACTOR)('%s', (name, actor) => {
      const access = accessOf(name) ?? 'support';
      const act = () => assertCanRequestExtension(actor, access);
      if (leadOnly[name]) expect(act).not.toThrow();
      else expect(act).toThrow(new ForbiddenException('Only the lead department can request an extension'));
    });
  });

  describe('who decides an extension', () => {
    const facts = (name: ActorName, over: Partial<ExtensionDecisionFacts> = {}): ExtensionDecisionFacts => ({
      leaderTitle: LEADER_TITLES[name] ?? null,
      taskLeaderId: LEADER_IN_CHARGE,
      officeDecides: false,
      ...over,
    });

    const decides: Record<ActorName, { named: boolean; unnamed: boolean; officeDecides: boolean }> = {
      admin: { named: true, unnamed: true, officeDecides: true },
      office: { named: false, unnamed: false, officeDecides: true },
      chairman: { named: true, unnamed: true, officeDecides: true },
      viceChairman: { named: false, unnamed: true, officeDecides: false },
      leaderInCharge: { named: true, unnamed: true, officeDecides: true },
      leadUnit: { named: false, unnamed: false, officeDecides: false },
      cooperatingUnit: { named: false, unnamed: false, officeDecides: false },
      unrelatedUnit: { named: false, unnamed: false, officeDecides: false },
      unitWithoutDepartment: { named: false, unnamed: false, officeDecides: false },
      system: { named: true, unnamed: true, officeDecides: true },
    };

    it.each(EVERY_ACTOR)('%s, on a task naming its leader in charge', (name, actor) => {
      expect(decidesExtension(actor, facts(name))).toBe(decides[name].named);
    });

    it.each(EVERY_ACTOR)('%s, on a task naming no leader', (name, actor) => {
      expect(decidesExtension(actor, facts(name, { taskLeaderId: null }))).toBe(decides[name].unnamed);
    });

    it.each(EVERY_ACTOR)('%s, where EXTENSION_DECIDERS includes the office', (name, actor) => {
      expect(decidesExtension(actor, facts(name, { officeDecides: true }))).toBe(decides[name].officeDecides);
    });

    it.each(EVERY_ACTOR)('%s: the assertion agrees, and tells the office to forward', (name, actor) => {
      const act = () => assertCanDecideExtension(actor, facts(name));
      if (decides[name].named) return expect(act).not.toThrow();
      expect(act).toThrow(ForbiddenException);
      expect(act).toThrow(name === 'office' ? /the office forwards the request/ : /leader in charge of the task/);
    });
  });

  describe('what a caller is offered on a task (allowedActions)', () => {
    const offered = (name: ActorName, state: { pendingExtension?: boolean; awaitingConfirmation?: boolean } = {}) => {
      const actor = ACTORS[name];
      const decisionFacts: ExtensionDecisionFacts = {
        leaderTitle: LEADER_TITLES[name] ?? null,
        taskLeaderId: LEADER_IN_CHARGE,
        officeDecides: false,
      };
      return allowedTaskActions({
        role: actor.role,
        access: accessOf(name)!,
        open: state.awaitingConfirmation !== true,
        awaitingConfirmation: state.awaitingConfirmation === true,
        hasDeadline: true,
        pendingExtension: state.pendingExtension === true,
        decidesExtension: decidesExtension(actor, decisionFacts),
      });
    };
    const office: TaskAction[] = ['progress', 'complete', 'note', 'request_extension', 'edit', 'cancel'];
    const OPEN: Record<ActorName, TaskAction[] | 'hidden'> = {
      admin: office,
      office,
      chairman: [],
      viceChairman: [],
      leaderInCharge: [],
      leadUnit: ['progress', 'complete', 'note', 'request_extension'],
      cooperatingUnit: ['note'],
      unrelatedUnit: 'hidden',
      unitWithoutDepartment: 'hidden',
      system: office,
    };
    const officeWithRequest: TaskAction[] = ['progress', 'complete', 'note', 'forward_extension', 'edit', 'cancel'];
    const deciderWithRequest: TaskAction[] = [
      'progress',
      'complete',
      'note',
      'decide_extension',
      'forward_extension',
      'edit',
      'cancel',
    ];
    const WITH_REQUEST: Record<ActorName, TaskAction[] | 'hidden'> = {
      admin: deciderWithRequest,
      office: officeWithRequest,
      chairman: ['decide_extension'],
      viceChairman: [],
      leaderInCharge: ['decide_extension'],
      leadUnit: ['progress', 'complete', 'note'],
      cooperatingUnit: ['note'],
      unrelatedUnit: 'hidden',
      unitWithoutDepartment: 'hidden',
      system: deciderWithRequest,
    };
    const confirms = (name: ActorName) => ['admin', 'office', 'system'].includes(name);

    it.each(EVERY_ACTOR)('%s, on an open task', (name) => {
      if (OPEN[name] === 'hidden') return expect(accessOf(name)).toBeNull();
      expect(offered(name)).toEqual(OPEN[name]);
    });

    it.each(EVERY_ACTOR)('%s, with an extension request pending', (name) => {
      if (WITH_REQUEST[name] === 'hidden') return expect(accessOf(name)).toBeNull();
      expect(offered(name, { pendingExtension: true })).toEqual(WITH_REQUEST[name]);
    });

    it.each(EVERY_ACTOR)('%s, on a completion awaiting confirmation', (name) => {
      if (accessOf(name) === null) return;
      expect(offered(name, { awaitingConfirmation: true })).toEqual(confirms(name) ? ['confirm', 'return'] : []);
    });
  });
});
