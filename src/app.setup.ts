import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

/** Everything main.ts and the e2e tests must configure the same way. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.use(helmet());
  // The web application's bundles and the larger JSON answers travel gzipped.
  app.use(compression());
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
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
