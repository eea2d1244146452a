import type { NestExpressApplication, NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { ConfigService } from '@nestjs/config';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import compression from 'compression';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from './config/app.config.js';
import { createPino, PinoNestLogger } from './logging/pino-logger.js';
import { API_TAGS, completeErrorAnswers } from './http/openapi.js';
import { MAX_JSON_BYTES, refusePrototypeKeys, requireKnownBodyType, verifyJsonBody } from './http/request-body.js';

/** Everything main.ts and the e2e tests must configure the same way. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  const config = app.get(ConfigService).getOrThrow<AppConfig>('app');
  const logger = createPino(config.logLevel);
  // The client's own address (audit entries, failed sign-ins) when a reverse proxy is in front.
  if (config.trustProxy !== false) app.set('trust proxy', config.trustProxy);
  app.useLogger(new PinoNestLogger(logger));
  // One line per request at `info`. Above it no request line is written, and pino-http's per-request
  // child logger and serialisers cost a fifth of a health check's time for nothing: not mounted.
  if (logger.isLevelEnabled('info')) app.use(pinoHttp({ logger }));
  // Plain http on an intranet address must keep working: the upgrade to https and HSTS are asked
  // of browsers only when the app is reached through HTTPS (APP_BASE_URL says so).
  const https = config.baseUrl.startsWith('https://');
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } }, strictTransportSecurity: https }));
  // The web application's bundles and the larger JSON answers travel gzipped.
  app.use(compression());
  // Bodies are checked before anything parses or transforms them: the type first, then the depth
  // on the raw bytes, then prototype keys while parsing (main.ts turns Nest's own parsers off).
  app.use(requireKnownBodyType);
  // Nest's type leaves out `verify` because its rawBody option uses it; this app has no rawBody.
  app.useBodyParser('json', { limit: MAX_JSON_BYTES, verify: verifyJsonBody, reviver: refusePrototypeKeys } as NestExpressBodyParserOptionsFor<'json'>);
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  // Answers to a signed-in person are theirs alone: no shared proxy or browser cache keeps them.
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    if (req.headers.authorization) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  if (!config.apiDocs) return app;
  const builder = new DocumentBuilder()
    .setTitle('DTI Đồng Nai')
    .setDescription('Hệ thống đánh giá Chỉ số chuyển đổi số (DTI) — Quyết định 3473/QĐ-UBND. Mọi lỗi trả về cùng một dạng: `statusCode`, `code` (mã ổn định, ví dụ `SUBMISSION.ILLEGAL_TRANSITION`), `message` (tiếng Việt), `messageEn`, `details`, `path`, `timestamp`.')
    .setVersion('0.1.0')
    .addBearerAuth();
  for (const [name, description] of API_TAGS) builder.addTag(name, description);
  const document = completeErrorAnswers(SwaggerModule.createDocument(app, builder.build()));
  SwaggerModule.setup('api/docs', app, document);
  return app;
}
