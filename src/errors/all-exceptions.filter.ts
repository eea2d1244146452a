import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException, ErrorDefinition } from './domain.exception.js';
import { AccessErrors, RequestErrors } from './common.errors.js';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  messageEn: string;
  details?: unknown;
  path: string;
  timestamp: string;
}

/**
 * The one place that turns any thrown thing into the project's error shape. Framework
 * exceptions (404 route, passport 401, throttler 429, body-parser 400/413) are mapped onto our
 * own codes so clients only ever see one shape; anything unknown is logged and answered 500.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const { definition, details } = this.classify(exception);
    const specifics = exception instanceof DomainException ? exception.specifics : undefined;
    if (definition.status >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    } else if (definition === RequestErrors.DUPLICATE) {
      // A unique key hit by a race, not by the person: worth an operator's look.
      this.logger.warn(`${req.method} ${req.originalUrl}: ${exception instanceof Error ? exception.message : String(exception)}`);
    }
    const body: ErrorBody = {
      statusCode: definition.status,
      code: definition.code,
      message: specifics ? `${definition.vi}: ${specifics.vi}` : definition.vi,
      messageEn: specifics ? `${definition.en}: ${specifics.en}` : definition.en,
      ...(details === undefined ? {} : { details }),
      path: req.originalUrl ?? req.url,
      timestamp: new Date().toISOString(),
    };
    const retryAfter = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (definition.status === 429 && typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res.status(definition.status).json(body);
  }

  private classify(exception: unknown): { definition: ErrorDefinition; details?: unknown } {
    if (exception instanceof DomainException) {
      return { definition: exception.definition, details: exception.details };
    }
    // Nest wraps body-parser's errors in an HttpException and keeps the original as `cause`.
    const raw = exception as { type?: string; cause?: { type?: string } } | null;
    const bodyParserType = raw?.type ?? raw?.cause?.type;
    if (bodyParserType === 'entity.parse.failed') return { definition: RequestErrors.MALFORMED_BODY };
    if (bodyParserType === 'entity.too.large') return { definition: RequestErrors.PAYLOAD_TOO_LARGE };
    if (bodyParserType === 'entity.too.deep') return { definition: RequestErrors.BODY_TOO_DEEP };
    if (bodyParserType === 'entity.forbidden.key') return { definition: RequestErrors.FORBIDDEN_KEY };
    if (bodyParserType === 'entity.unsupported.type' || bodyParserType === 'charset.unsupported') return { definition: RequestErrors.UNSUPPORTED_MEDIA_TYPE };
    if (isUniqueViolation(exception)) return { definition: RequestErrors.DUPLICATE };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Health checks answer 503 with the failing indicators; other 4xx keep Nest's own message.
      if (status === 503) return { definition: RequestErrors.UNAVAILABLE, details: exception.getResponse() };
      const response = exception.getResponse();
      const message = typeof response === 'object' ? (response as { message?: unknown }).message : response;
      return { definition: fromHttpStatus(status), details: status < 500 && status !== 401 ? message : undefined };
    }
    return { definition: RequestErrors.INTERNAL };
  }
}

function fromHttpStatus(status: number): ErrorDefinition {
  switch (status) {
    case 401:
      return AccessErrors.UNAUTHENTICATED;
    case 403:
      return AccessErrors.FORBIDDEN_ROLE;
    case 404:
      return RequestErrors.ROUTE_NOT_FOUND;
    case 413:
      return RequestErrors.PAYLOAD_TOO_LARGE;
    case 429:
      return RequestErrors.TOO_MANY_REQUESTS;
    default:
      return status >= 500 ? RequestErrors.INTERNAL : RequestErrors.BAD_REQUEST;
  }
}

/** A race past a service's own uniqueness check still ends as a 409, not a 500. */
function isUniqueViolation(exception: unknown): boolean {
  const e = exception as { code?: string; driverError?: { code?: string } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
