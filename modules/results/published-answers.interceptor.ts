import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, map, Observable, of, switchMap } from 'rxjs';
import { PublicationService } from './publication.service.js';

/** What is kept per published state: every year, kind and unit page of a province fits many times over. */
const MAX_ANSWERS = 500;
const MAX_CHARACTERS = 32 * 1024 * 1024;

/**
 * Public answers change only when a version is published, and a published version never
 * changes: the ETag is the published state (the last published version's id and the count),
 * asked for with one small query. A browser that has the answer gets 304; otherwise the answer
 * built and serialised once since the last publication is served from memory as its JSON text.
 * Only answers carry the ETag and are kept: an error (a database hiccup) must not be cached
 * by a proxy and then revalidated as if it were the answer.
 */
@Injectable()
export class PublishedAnswersInterceptor implements NestInterceptor {
  private state = '';
  private readonly answers = new Map<string, string>();
  private characters = 0;

  constructor(private readonly publication: PublicationService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    return from(this.publication.publishedState()).pipe(
      switchMap((state) => {
        if (state !== this.state) {
          this.state = state;
          this.answers.clear();
          this.characters = 0;
        }
        // Express answers 304 itself when If-None-Match matches the ETag set with the answer;
        // a string is sent as it is, with the JSON type set here.
        const answer = (text: string) => {
          res.setHeader('ETag', `W/"${state}"`);
          res.setHeader('Cache-Control', 'public, no-cache');
          res.type('application/json');
          return text;
        };
        const key = keyOf(req);
        const kept = this.answers.get(key);
        if (kept !== undefined) return of(answer(kept));
        return next.handle().pipe(
          map((built) => {
            const text = JSON.stringify(built);
            if (this.state === state) this.keep(key, text);
            return answer(text);
          }),
        );
      }),
    );
  }

  /** Oldest first out, past a number of answers or of characters. */
  private keep(key: string, text: string): void {
    this.answers.set(key, text);
    this.characters += text.length;
    while (this.answers.size > MAX_ANSWERS || this.characters > MAX_CHARACTERS) {
      const [oldest, dropped] = this.answers.entries().next().value!;
      this.answers.delete(oldest);
      this.characters -= dropped.length;
    }
  }
}

/**
 * The route and its decoded parameters, query in a fixed order: the spellings of one request
 * (%44 for D, parameters in another order, a trailing slash) are one answer, kept once.
 */
function keyOf(req: Request): string {
  const query = Object.entries(req.query).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([req.route?.path ?? req.path, req.params, query]);
}
