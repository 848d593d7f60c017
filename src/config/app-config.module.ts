import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CONFIGURATION } from './app-config';
import { Configuration, loadConfiguration } from './configuration';

@Module({})
export class AppConfigModule {
  /**
   * Provides `configuration`, or the process environment validated when this is
   * called (not when this file is imported). The environment is the only source:
   * deployers set variables and config/example.env documents them; no .env file is read.
   */
  static forRoot(configuration: Configuration = loadConfiguration()): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      providers: [{ provide: CONFIGURATION, useValue: configuration }, AppConfig],
      exports: [AppConfig, CONFIGURATION],
    };
  }
}
