import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { SubmissionController } from './submission.controller.js';
import { Submission } from './submission.entity.js';
import { SubmissionService } from './submission.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Submission]), AuditModule],
  controllers: [SubmissionController],
  providers: [SubmissionService],
  exports: [SubmissionService],
})
export class SubmissionModule {}
