import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { UserActor } from '../common/auth/actor';
import { RequestContext } from '../common/context/request-context';

/**
 * Runs the handler inside a request context holding the actor the guard
 * established, so that whatever the handler writes is attributed to them.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const actor = context.switchToHttp().getRequest<{ user?: UserActor }>().user;
    // Subscribing inside run() makes the handler and every continuation of it see the store.
    return new Observable((subscriber) => RequestContext.run({ actor }, () => next.handle().subscribe(subscriber)));
  }
}
