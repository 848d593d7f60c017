import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LockOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal';
import { api, ApiFailure, call } from '../../lib/api/client';
import { failureText } from '../../lib/failures';
import { useRequired } from '../../lib/forms';

/** The API's minimum (src/users/password-policy.ts): checked here first so that the clerk is told before sending. */
const MIN_LENGTH = 10;

/** The fields the server may refuse by name. */
const PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  repeated: string;
}

/**
 * The server names the field it refused in English for programs: the clerk reads why in the interface's language.
 * A new password is refused when it is too short, a well-known one (the demo's included) or of too few characters.
 */
function refusalOf(field: string, message: string, t: TFunction): string {
  if (field === 'currentPassword') return t('password.currentWrong');
  if (/at least \d+ characters/.test(message)) return t('password.tooShort', { count: MIN_LENGTH });
  if (/well-known/.test(message)) return t('password.wellKnown');
  if (/different characters/.test(message)) return t('password.tooFewCharacters');
  return message;
}

/**
 * Changes the signed-in user's own password (POST /api/auth/password): the current one, the new one twice. The
 * server ends every other session of the account and renews this one's cookies, so the page stays signed in.
 */
export function ChangePasswordButton({ showLabel }: { showLabel: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        icon={<LockOutlined />}
        onClick={() => setOpen(true)}
        aria-label={t('password.action')}
        title={showLabel ? undefined : t('password.action')}
      >
        {showLabel ? t('password.action') : null}
      </Button>
      {open && <ChangePasswordForm onClose={() => setOpen(false)} />}
    </>
  );
}

function ChangePasswordForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const required = useRequired();
  const [form] = Form.useForm<PasswordValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordValues) =>
      call(api.POST('/api/auth/password', { body: { currentPassword, newPassword } })),
    onSuccess: ({ user }) => {
      client.setQueryData(['me'], (me: object | null | undefined) => (me ? { ...me, ...user } : me));
      void message.success(t('password.changed'));
      onClose();
    },
    onError: (error) => {
      const fields = error instanceof ApiFailure ? (error.body.errors ?? []) : [];
      const placed = fields.flatMap((e) => {
        const name = PASSWORD_FIELDS.find((known) => known === e.field);
        return name ? [{ name, errors: [refusalOf(name, e.message, t)] }] : [];
      });
      if (placed.length > 0) {
        form.setFields(placed);
        setProblem(null);
      } else {
        setProblem(failureText(error, t));
      }
    },
  });
  return (
    <FormModal
      title={t('password.title')}
      okText={t('password.submit')}
      form={form}
      saving={change.isPending}
      problem={problem}
      onClose={onClose}
      width={480}
    >
      <Form form={form} name="change-password" layout="vertical" onFinish={(values) => change.mutate(values)}>
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.hint', { count: MIN_LENGTH })}
          rules={[
            ...required(t('password.new')),
            { min: MIN_LENGTH, message: t('password.tooShort', { count: MIN_LENGTH }) },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                value && value === getFieldValue('currentPassword')
                  ? Promise.reject(new Error(t('password.sameAsCurrent')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeated"
          label={t('password.repeat')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.repeatRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
