import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { UnitModule } from '../units/unit.module.js';
import { FrameworkController } from './framework.controller.js';
import { FrameworkVersion } from './framework-version.entity.js';
import { FrameworkService } from './framework.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([FrameworkVersion]), AuditModule, UnitModule],
  controllers: [FrameworkController],
  providers: [FrameworkService],
  exports: [FrameworkService],
})
export class FrameworkModule {}
