import { ConflictException } from '@nestjs/common';

/**
 * A 409 for a request that breaks a business rule: the message names the rule
 * for people, `rule` names it for programs (the web client picks its wording by it).
 */
export function ruleConflict(rule: string, message: string): ConflictException {
  return new ConflictException({ message, rule });
}
