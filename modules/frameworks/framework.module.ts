import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { FrameworkController } from './framework.controller.js';
import { FrameworkVersion } from './framework-version.entity.js';
import { FrameworkService } from './framework.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([FrameworkVersion]), AuditModule],
  controllers: [FrameworkController],
  providers: [FrameworkService],
  exports: [FrameworkService],
})
export class FrameworkModule {}
