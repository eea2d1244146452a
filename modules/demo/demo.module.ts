import { Module } from '@nestjs/common';
import { AgencyFigureModule } from '../agency-figures/agency-figure.module.js';
import { CycleModule } from '../cycles/cycle.module.js';
import { FrameworkModule } from '../frameworks/framework.module.js';
import { ResultsModule } from '../results/results.module.js';
import { SubmissionModule } from '../submissions/submission.module.js';
import { UnitModule } from '../units/unit.module.js';
import { UserModule } from '../users/user.module.js';
import { DemoCyclesService } from './demo-cycles.service.js';
import { DemoProvinceService } from './demo-province.service.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [AgencyFigureModule, UnitModule, UserModule, FrameworkModule, CycleModule, SubmissionModule, ResultsModule], providers: [DemoSeedService, DemoCyclesService, DemoProvinceService] })
export class DemoModule {}
