import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';

/**
 * Every admin form in one frame: a refused save (the server's message is already shown) keeps
 * the dialog open with what was typed; a valid save closes it from the caller's side.
 */
export function FormModal<T>({ open, title, form, saving, okText = 'Lưu', width, onClose, onSave, children }: {
  open: boolean;
  title: ReactNode;
  form: FormInstance<T>;
  saving: boolean;
  okText?: string;
  width?: number;
  onClose: () => void;
  onSave: () => Promise<unknown>;
  children: ReactNode;
}) {
  return (
    <Modal open={open} title={title} okText={okText} cancelText="Hủy" width={width} confirmLoading={saving} onCancel={onClose} onOk={() => onSave().catch(() => undefined)} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark="optional">
        {children}
      </Form>
    </Modal>
  );
}
