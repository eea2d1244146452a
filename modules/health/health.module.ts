import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { SubmissionModule } from '../submissions/submission.module.js';
import { HealthController } from './health.controller.js';

@Module({ imports: [TerminusModule, SubmissionModule], controllers: [HealthController] })
export class HealthModule {}
