import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { appConfig } from '../../src/config/app.config.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { User } from '../users/user.entity.js';
import { MailService } from './mail.service.js';
import { Notification } from './notification.entity.js';
import { NotificationErrors } from './notification.errors.js';
import { recipientsAmong, type Recipients } from './recipients.js';

export type { Recipients } from './recipients.js';

export interface Message {
  kind: string;
  title: string;
  body: string;
  link: string;
  entityType: string;
  entityId: string | number;
}

@Injectable()
export class NotificationService {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly mail: MailService,
  ) {}

  /** Written in the caller's transaction: the move and its notifications land together or not at all. */
  async notify(em: EntityManager, to: Recipients | Recipients[], message: Message, except?: number): Promise<number> {
    const chosen = recipientsAmong(await em.getRepository(User).find({ where: { isActive: true } }), to, except);
    if (!chosen.length) return 0;
    const rows = chosen.map((u) => ({ userId: u.id, kind: message.kind, title: message.title.slice(0, 300), body: message.body.slice(0, 2000), link: message.link, entityType: message.entityType, entityId: String(message.entityId) }));
    for (let i = 0; i < rows.length; i += 200) await em.getRepository(Notification).insert(rows.slice(i, i + 200));
    return rows.length;
  }

  /** One's own notifications, newest first, with the unread count. */
  async mine(actor: AuthenticatedUser, limit = 50) {
    const [items, unread] = await Promise.all([
      this.notifications.find({ where: { userId: actor.id }, order: { id: 'DESC' }, take: limit }),
      this.notifications.countBy({ userId: actor.id, readAt: IsNull() }),
    ]);
    return { unread, items };
  }

  async markRead(actor: AuthenticatedUser, id: number) {
    const row = await this.notifications.findOneBy({ id, userId: actor.id });
    if (!row) throw new DomainException(NotificationErrors.NOT_FOUND, { id });
    if (!row.readAt) await this.notifications.update({ id }, { readAt: new Date() });
    return this.notifications.findOneByOrFail({ id });
  }

  async markAllRead(actor: AuthenticatedUser): Promise<{ read: number }> {
    const result = await this.notifications.update({ userId: actor.id, readAt: IsNull() }, { readAt: new Date() });
    return { read: result.affected ?? 0 };
  }

  /**
   * Mails what has not been mailed, one message per person, then marks it mailed. A failed
   * send leaves the person's items for the next run; people without an address are marked, not retried.
   */
  async mailPending(): Promise<{ messages: number; items: number }> {
    const pending = await this.notifications.find({ where: { mailedAt: IsNull() }, order: { id: 'ASC' }, take: 2000 });
    const byUser = new Map<number, Notification[]>();
    for (const n of pending) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n]);
    let messages = 0;
    let items = 0;
    for (const [userId, list] of byUser) {
      const user = await this.notifications.manager.getRepository(User).findOneBy({ id: userId });
      const ids = list.map((n) => n.id);
      if (user?.email && user.isActive) {
        const subject = list.length === 1 ? `[DTI] ${list[0].title}` : `[DTI] ${list.length} thông báo mới trên hệ thống đánh giá chuyển đổi số`;
        const lines = list.map((n) => `- ${n.title}\n  ${n.body}\n  ${this.app.baseUrl}${n.link}`);
        try {
          await this.mail.send({ to: user.email, subject, text: `Kính gửi ${user.fullName},\n\n${lines.join('\n\n')}\n\nHệ thống đánh giá chỉ số chuyển đổi số (DTI).` });
          messages++;
          items += list.length;
        } catch (error) {
          this.logger.warn(`Không gửi được thông báo cho ${user.username}: ${(error as Error).message}`);
          continue;
        }
      }
      await this.notifications.createQueryBuilder().update().set({ mailedAt: () => 'CURRENT_TIMESTAMP' }).whereInIds(ids).execute();
    }
    return { messages, items };
  }
}
