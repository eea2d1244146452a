import { Module } from '@nestjs/common';
import { UnitModule } from '../units/unit.module.js';
import { UserModule } from '../users/user.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [UnitModule, UserModule], providers: [DemoSeedService] })
export class DemoModule {}
