import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../src/access/access.decorators.js';
import { Role } from '../../src/access/role.enum.js';
import { ReminderScheduler } from './reminder.scheduler.js';
import { ReminderService } from './reminder.service.js';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('reminders')
export class ReminderController {
  constructor(
    private readonly reminders: ReminderService,
    private readonly scheduler: ReminderScheduler,
  ) {}

  /** What was sent, to whom and when (latest 500). */
  @Get()
  @Allow([Role.ADMIN])
  list() {
    return this.reminders.list();
  }

  @Post('run')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  run() {
    return this.scheduler.run();
  }
}
