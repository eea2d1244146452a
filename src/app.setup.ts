import type { NestExpressApplication, NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { ConfigService } from '@nestjs/config';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import compression from 'compression';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from './config/app.config.js';
import { MAX_JSON_BYTES, refusePrototypeKeys, requireKnownBodyType, verifyJsonBody } from './http/request-body.js';

/** Everything main.ts and the e2e tests must configure the same way. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  app.useLogger(app.get(Logger));
  app.use(helmet());
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
  if (!app.get(ConfigService).getOrThrow<AppConfig>('app').apiDocs) return app;
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('DTI Đồng Nai')
      .setDescription('Hệ thống đánh giá Chỉ số chuyển đổi số (DTI) — Quyết định 3473/QĐ-UBND')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  return app;
}
