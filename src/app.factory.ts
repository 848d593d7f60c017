import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { acceptAttachmentUploads } from './attachments/multipart';
import { protectQueueDashboard } from './auth/queue-dashboard-access';
import { AppConfig, trustProxyOf } from './config/app-config';
import { Configuration, loadConfiguration } from './config/configuration';
import { ApiExceptionFilter } from './common/http/api-exception.filter';
import { ControlCharactersPipe } from './common/http/control-characters';
import { guardJsonBodies, limitJsonDepth } from './common/http/json-body-guard';
import { AppLogger } from './logging/app-logger';
import { logRequests, requestIdOf } from './logging/request-log';
import { createValidationPipe } from './common/http/validation';
import { serveWebClient } from './web-client/serve-web-client';

export interface CreateAppOptions {
  /** The configuration to boot with; otherwise read from `variables`. */
  configuration?: Configuration;
  /** Variables to validate instead of the process environment (tests pass their own). */
  variables?: Record<string, string | undefined>;
}

/**
 * Creates the HTTP application with everything main.ts, the tests and the
 * benchmark share: Fastify, validation, the error shape, the /api prefix and
 * the OpenAPI document. The configuration is validated once, here, before
 * Fastify starts (so a bad BODY_LIMIT stops the app), and handed to the modules.
 */
export async function createApp(options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const configuration = options.configuration ?? loadConfiguration(options.variables ?? process.env);
  const adapter = new FastifyAdapter({
    bodyLimit: configuration.http.bodyLimit,
    // Fastify rejects JSON that tries to set __proto__ or constructor.prototype.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Behind a reverse proxy, request.ip is the client the proxy names (TRUST_PROXY), so limits count real clients.
    trustProxy: trustProxyOf(configuration.environment.TRUST_PROXY),
    // Requests are logged by logRequests below, through the app's own logger.
    requestIdHeader: false,
    genReqId: requestIdOf,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register({ configuration }), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  const logger = app.get(AppLogger);
  app.useLogger(logger);
  logRequests(app.getHttpAdapter().getInstance(), logger.pino);
  const config = app.get(AppConfig);
  await app.register(helmet, {
    // Swagger UI (/api/docs) loads its own scripts and inline styles; nothing else is served as HTML.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Intranet deployments may serve plain HTTP; upgrading would break the docs' own assets there.
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  // Closed unless CORS_ORIGINS lists the web origins that may call the API from a browser.
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'X-CSRF-Token'],
      maxAge: 600,
    });
  }
  // API answers and index.html go out brotli- or gzip-compressed when the client accepts it (JSON lists shrink
  // to a fifth, which district offices on slow links feel). The web client's scripts and styles arrive already
  // compressed from the build's copies (Content-Encoding set), and those the plugin leaves as they are; request
  // bodies are not decompressed (a small compressed body could expand past BODY_LIMIT's intent).
  await app.register(compress, { encodings: ['br', 'gzip'], globalDecompression: false });
  // Reads the browser session cookies (POST /api/auth/session); nothing is signed by the plugin itself.
  await app.register(cookie);
  await acceptAttachmentUploads(app);
  protectQueueDashboard(app);
  guardJsonBodies(app.getHttpAdapter().getInstance());
  limitJsonDepth(app, configuration.http.bodyLimit);
  app.setGlobalPrefix('api', { exclude: ['health', 'admin/queues'] });
  app.useGlobalPipes(new ControlCharactersPipe(), createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();

  // Built at the first request for it, not at every start: reading every route and DTO takes time and memory
  // that no other request needs.
  const document = () =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Theo dõi nhiệm vụ UBND tỉnh — API')
        .setDescription(
          'Sessions of the provincial People’s Committee, department reports and the directive tasks that come out of them.',
        )
        .setVersion('1.0')
        .addBearerAuth()
        .addSecurityRequirements('bearer')
        .addServer(config.appUrl)
        .build(),
    );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
  await serveWebClient(app);
  return app;
}
