import { Module } from '@nestjs/common';
import { FrameworkModule } from '../frameworks/framework.module.js';
import { UnitModule } from '../units/unit.module.js';
import { UserModule } from '../users/user.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [UnitModule, UserModule, FrameworkModule], providers: [DemoSeedService] })
export class DemoModule {}
