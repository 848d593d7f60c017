import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Upload, type UploadFile, type UploadProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { readCookie, type ApiError } from '../../lib/api/client';

/** What the server accepts (checked again there, by content). */
const ACCEPT = '.pdf,.docx,.xlsx';
const MAX_BYTES = 20 * 1024 * 1024;

interface Uploaded {
  id: number;
  fileName: string;
}

/** The ids of the files uploaded so far, for the completion's attachmentIds. */
export function uploadedIds(files: UploadFile[] | undefined): number[] | undefined {
  const ids = (files ?? []).filter((f) => f.status === 'done' && f.response).map((f) => (f.response as Uploaded).id);
  return ids.length > 0 ? ids : undefined;
}

/**
 * The completion's evidence files (PDF, DOCX, XLSX up to 20 MB each): each is
 * uploaded as soon as it is chosen, and the completion then names them.
 */
export function EvidenceUpload({ taskId }: { taskId: number }) {
  const { t } = useTranslation();
  const upload: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    const body = new FormData();
    body.append('file', file as Blob);
    const headers: Record<string, string> = {};
    const csrf = readCookie('ubnd_csrf');
    if (csrf) headers['X-CSRF-Token'] = decodeURIComponent(csrf);
    fetch(`/api/tasks/${taskId}/attachments`, { method: 'POST', body, headers, credentials: 'same-origin' })
      .then(async (response) => {
        const json = (await response.json().catch(() => ({}))) as Uploaded & ApiError;
        if (response.ok) onSuccess?.(json);
        else {
          const message = json.errors?.[0]?.message ?? (Array.isArray(json.message) ? json.message[0] : json.message);
          onError?.(new Error(t('actions.attachmentFailed', { message })));
        }
      })
      .catch((error: Error) => onError?.(error));
  };
  return (
    <Form.Item
      name="attachments"
      label={t('actions.attachments')}
      extra={t('actions.attachmentsHint')}
      valuePropName="fileList"
      getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
    >
      <Upload
        accept={ACCEPT}
        multiple
        customRequest={upload}
        beforeUpload={(file) => (file.size > MAX_BYTES ? Upload.LIST_IGNORE : true)}
      >
        <Button icon={<UploadOutlined />}>{t('actions.chooseFiles')}</Button>
      </Upload>
    </Form.Item>
  );
}
