import { Alert, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A form in a dialog: Lưu (or its own okText) submits it, Hủy or Esc closes it, and what the server refused without naming a field is
 * shown above the fields (showApiErrors puts the rest next to their fields).
 */
export function FormModal({
  title,
  form,
  saving,
  problem,
  onClose,
  width = 640,
  okText,
  children,
}: {
  title: string;
  form: FormInstance;
  saving: boolean;
  problem: string | null;
  onClose: () => void;
  width?: number;
  /** The submit button's words when they are not Lưu: what the form does ("Chốt báo cáo"). */
  okText?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={width}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      {children}
    </Modal>
  );
}
