import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

@Module({})
export class AppConfigModule {
  /** Reads and validates the environment when called (not when this file is imported). */
  static forRoot(): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      imports: [
        ConfigModule.forRoot({
          // The environment is the only source: deployers set variables and
          // config/example.env documents them. No .env file is read implicitly.
          ignoreEnvFile: true,
          validate: (raw) => ({ ...validateEnvironment(raw) }),
          cache: true,
        }),
      ],
      providers: [AppConfig],
      exports: [AppConfig],
    };
  }
}
