import { App, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from './error-alert';
import { ABILITIES, type AllowedMove } from '../lib/moves';

interface Props {
  allowed: readonly AllowedMove[];
  /** Sends the move; the promise settles when the server has answered. */
  send: (type: string, reason?: string) => Promise<unknown>;
  /** Moves a screen renders its own way (a return naming indicators, a dispute). */
  skip?: string[];
  /** The one move to show as the main action. */
  primary?: string[];
  /** What to say once a move has been made, by type; the move's label otherwise. */
  done?: Record<string, string>;
  /** Moves that say more than their label (what they do to the report), shown as the button's title. */
  hints?: Record<string, string>;
  size?: 'small' | 'middle';
}

/**
 * One button per move the statechart allows this person now, nothing for the others. A move
 * that needs a reason asks for it first; a refusal shows the server's own words.
 */
export function MoveButtons({ allowed, send, skip = [], primary = [], done = {}, hints = {}, size = 'middle' }: Props) {
  const { message } = App.useApp();
  const [asking, setAsking] = useState<AllowedMove | null>(null);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState<string | null>(null);
  const shown = allowed.filter((m) => !ABILITIES.includes(m.type) && !skip.includes(m.type));
  const go = async (move: AllowedMove, why?: string) => {
    setPending(move.type);
    try {
      await send(move.type, why?.trim() || undefined);
      message.success(done[move.type] ?? `Đã thực hiện: ${move.label}`);
      setAsking(null);
      setReason('');
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setPending(null);
    }
  };
  if (!shown.length) return null;
  return (
    <Space wrap>
      {shown.map((m) => (
        <Button
          key={m.type}
          size={size}
          type={primary.includes(m.type) ? 'primary' : 'default'}
          danger={m.type === 'WITHDRAW' || m.type === 'CLOSE_UNSUBMITTED'}
          loading={pending === m.type}
          title={hints[m.type]}
          data-move={m.type}
          onClick={() => (m.reason === 'none' ? go(m) : setAsking(m))}
        >
          {m.label}
        </Button>
      ))}
      <Modal
        open={!!asking}
        title={asking?.label}
        okText={asking?.label}
        cancelText="Hủy"
        okButtonProps={{ disabled: asking?.reason === 'required' && !reason.trim(), loading: !!pending }}
        onCancel={() => setAsking(null)}
        onOk={() => asking && go(asking, reason)}
      >
        <Input.TextArea
          aria-label={asking?.reason === 'required' ? 'Lý do (bắt buộc)' : 'Lý do (nếu có)'}
          placeholder={asking?.reason === 'required' ? 'Lý do, căn cứ (bắt buộc)' : 'Lý do (nếu có)'}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Space>
  );
}
