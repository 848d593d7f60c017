import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { ReadConnections } from './read-connections';
import { SqlDialect, sqlDialectFor } from './sql-dialect';
import { SqliteTuning } from './sqlite-tuning';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions({ url: config.databaseUrl, logging: config.databaseLogging }),
        // Fail fast at boot instead of retrying a wrong DATABASE_URL for minutes.
        retryAttempts: 2,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [
    TransactionRunner,
    SqliteTuning,
    ReadConnections,
    { provide: SqlDialect, inject: [AppConfig], useFactory: (config: AppConfig) => sqlDialectFor(config.databaseKind) },
  ],
  exports: [TransactionRunner, SqlDialect, ReadConnections],
})
export class DatabaseModule {}
