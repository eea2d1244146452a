import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Tài liệu kiểm chứng: a file stored under a generated name (the uploader's name kept for
 * download), or a link to where the document is published (an official portal): `url` set,
 * no stored file (storedName empty, size 0).
 */
@Entity('evidence')
@Index(['submissionId', 'indicatorCode'])
export class Evidence {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) submissionId: number;
  @Column({ type: 'varchar', length: 20 }) indicatorCode: string;
  /** Relative to the upload folder; generated, never derived from what the client sent. */
  @Column({ type: 'varchar', length: 100 }) storedName: string;
  @Column({ type: 'varchar', length: 255 }) originalName: string;
  /** Detected from the content, not taken from the request. */
  @Column({ type: 'varchar', length: 120 }) mimeType: string;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'varchar', length: 64 }) sha256: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) url: string | null;
  /** Số, ngày, cơ quan ban hành of the document, where it has them. */
  @Column({ type: 'varchar', length: 100, nullable: true }) documentNumber: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) documentDate: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) issuer: string | null;
  /** Where in the document the item is shown ("chú thích rõ mục nào trong tài liệu", seed 004). */
  @Column({ type: 'varchar', length: 500, nullable: true }) location: string | null;
  @Column({ type: 'int' }) uploadedById: number;
  @CreateDateColumn({ type: 'datetime' }) uploadedAt: Date;
}
