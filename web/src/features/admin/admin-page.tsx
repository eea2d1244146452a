import { Card, Tabs } from 'antd';
import { AuditTab } from './audit-tab';
import { CyclesTab } from './cycles-tab';
import { DesignationsTab } from './designations-tab';
import { FrameworksTab } from './frameworks-tab';
import { UnitsTab } from './units-tab';
import { UsersTab } from './users-tab';

/** The administrator's desk: people, units and their duties, cycles and dates, frameworks, independent reviewers, the log. */
export default function AdminPage() {
  return (
    <Card title="Quản trị hệ thống">
      <Tabs
        destroyOnHidden
        items={[
          { key: 'users', label: 'Người dùng', children: <UsersTab /> },
          { key: 'units', label: 'Đơn vị', children: <UnitsTab /> },
          { key: 'cycles', label: 'Kỳ đánh giá', children: <CyclesTab /> },
          { key: 'frameworks', label: 'Bộ chỉ số', children: <FrameworksTab /> },
          { key: 'designations', label: 'Chỉ định, gia hạn', children: <DesignationsTab /> },
          { key: 'audit', label: 'Nhật ký', children: <AuditTab /> },
        ]}
      />
    </Card>
  );
}
