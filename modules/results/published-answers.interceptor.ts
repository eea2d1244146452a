import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, map, Observable, of, switchMap } from 'rxjs';
import { PublicationService } from './publication.service.js';

/** Answers kept per published state: enough for every year, kind and unit page of a province. */
const MAX_ANSWERS = 500;

/**
 * Public answers change only when a version is published, and a published version never
 * changes: the ETag is the published state (the last published version's id and the count),
 * asked for with one small query. A browser that has the answer gets 304; otherwise the answer
 * built and serialised once since the last publication is served from memory as its JSON text.
 * Errors are never kept.
 */
@Injectable()
export class PublishedAnswersInterceptor implements NestInterceptor {
  private state = '';
  private readonly answers = new Map<string, string>();

  constructor(private readonly publication: PublicationService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    return from(this.publication.publishedState()).pipe(
      switchMap((state) => {
        if (state !== this.state) {
          this.state = state;
          this.answers.clear();
        }
        const etag = `W/"${state}"`;
        res.setHeader('ETag', etag);
        res.setHeader('Cache-Control', 'public, no-cache');
        // Express answers 304 itself when If-None-Match matches the ETag set above.
        const key = req.originalUrl;
        // A string is sent as it is: the JSON type is set here, the text was made once.
        res.type('application/json');
        const kept = this.answers.get(key);
        if (kept !== undefined) return of(kept);
        return next.handle().pipe(
          map((answer) => {
            const text = JSON.stringify(answer);
            if (this.state === state) {
              if (this.answers.size >= MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
              this.answers.set(key, text);
            }
            return text;
          }),
        );
      }),
    );
  }
}
