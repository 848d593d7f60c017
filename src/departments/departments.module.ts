import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Department } from './department.entity';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';
import { SuccessionService } from './succession.service';
import { TasksModule } from '../tasks/tasks.module';
import { UsersModule } from '../users/users.module';

@Module({
  imports: [TypeOrmModule.forFeature([Department]), TasksModule, UsersModule],
  controllers: [DepartmentsController],
  providers: [DepartmentsService, SuccessionService],
  exports: [DepartmentsService],
})
export class DepartmentsModule {}
