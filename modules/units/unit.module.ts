import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { UnitController } from './unit.controller.js';
import { Unit } from './unit.entity.js';
import { UnitService } from './unit.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Unit]), AuditModule],
  controllers: [UnitController],
  providers: [UnitService],
  exports: [UnitService],
})
export class UnitModule {}
