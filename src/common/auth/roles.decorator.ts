import { SetMetadata } from '@nestjs/common';
import { ROLES, Role } from './actor';

export const ROLES_KEY = 'auth:roles';
export const PUBLIC_KEY = 'auth:public';

/**
 * Roles allowed on a controller or handler (the handler's list wins). Admin is
 * always allowed. A route with neither @Roles nor @Public is admin-only, so a
 * route added without thinking about access is closed rather than open.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Admin only, said explicitly. */
export const AdminOnly = () => SetMetadata(ROLES_KEY, []);

/** Any signed-in user, whatever the role. */
export const AnyRole = () => SetMetadata(ROLES_KEY, [...ROLES]);

/** No token needed (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
