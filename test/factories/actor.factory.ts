import { Actor, SYSTEM_ACTOR, UserActor } from '../../src/common/auth/actor';

/** Departments of the policy specs: the task's lead unit, a cooperating unit, and one with no part in it. */
export const LEAD_UNIT = 10;
export const COOPERATING_UNIT = 20;
export const UNRELATED_UNIT = 30;

/** The task's leader in charge; the chairman and a vice-chairman are other leaders. */
export const LEADER_IN_CHARGE = 5;

const user = (userId: number, role: UserActor['role'], departmentId: number | null = null): UserActor => ({
  userId,
  role,
  departmentId,
});

/** One caller of each kind the row rules tell apart. */
export const ACTORS = {
  admin: user(1, 'admin'),
  office: user(2, 'office'),
  chairman: user(3, 'leader'),
  viceChairman: user(4, 'leader'),
  leaderInCharge: user(LEADER_IN_CHARGE, 'leader'),
  leadUnit: user(11, 'department', LEAD_UNIT),
  cooperatingUnit: user(21, 'department', COOPERATING_UNIT),
  unrelatedUnit: user(31, 'department', UNRELATED_UNIT),
  unitWithoutDepartment: user(41, 'department', null),
  system: SYSTEM_ACTOR,
} satisfies Record<string, Actor>;

export type ActorName = keyof typeof ACTORS;

/** Each actor's name and value, for `it.each` over every caller. */
export const EVERY_ACTOR = Object.entries(ACTORS) as Array<[ActorName, Actor]>;

/** Leader titles as the user table holds them. */
export const LEADER_TITLES: Partial<Record<ActorName, 'chairman' | 'vice_chairman'>> = {
  chairman: 'chairman',
  viceChairman: 'vice_chairman',
  leaderInCharge: 'vice_chairman',
};
