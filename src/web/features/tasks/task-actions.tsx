import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Descriptions, Form, Input, InputNumber, Typography } from 'antd';
import type { UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../app/task-status';
import { DepartmentSelect } from '../../components/department-select';
import { LeaderSelect } from '../../components/leader-select';
import { api, ApiFailure, call } from '../../lib/api/client';
import { EvidenceUpload, uploadedIds } from './evidence-upload';
import { showApiErrors } from '../../lib/forms';
import { type Task, type TaskAction } from '../../lib/api/queries';
import { formatDate, today } from '../../lib/format';
import { allowedActions } from './allowed-actions';

const toDate = (value?: Dayjs | null) => value?.format('YYYY-MM-DD');

/** One action's form: sends, shows the API's errors beside the fields, and keeps what was typed on failure. */
function ActionForm<V extends object>({
  name,
  task,
  send,
  children,
  submitLabel,
  initialValues,
  danger,
}: {
  /** Prefixes the fields' ids, so the forms of several tabs never share one. */
  name: string;
  task: Task;
  send: (values: V) => Promise<unknown>;
  children: ReactNode;
  submitLabel: string;
  initialValues?: Partial<V>;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<V>();
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Task | null>(null);
  // A newer version of the task (this user's change saved, or someone else's read in): a form nobody
  // has typed in takes the task's new values; one being filled in keeps what was typed.
  useEffect(() => {
    if (!form.isFieldsTouched()) form.resetFields();
  }, [task.version, form]);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async () => {
      setProblem(null);
      setConflict(null);
      form.resetFields();
      void message.success(t('actions.done'));
      await client.invalidateQueries({ queryKey: ['tasks'] });
      await client.invalidateQueries({ queryKey: ['stats'] });
    },
    onError: async (error) => {
      if (error instanceof ApiFailure && error.status === 409) {
        // Someone else changed the task: show its new state next to what this user typed, which stays.
        const fresh = (await call(api.GET('/api/tasks/{id}', { params: { path: { id: task.id } } }))) as Task;
        client.setQueryData(['tasks', task.id], fresh);
        setConflict(fresh);
        setProblem(null);
        return;
      }
      setProblem(showApiErrors(form, error, t));
    },
  });
  return (
    <Form<V>
      form={form}
      name={name}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => mutation.mutate(values)}
      disabled={mutation.isPending}
      style={{ maxWidth: 640 }}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={t('common.conflict')}
          description={
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('tasks.name')}>{conflict.title}</Descriptions.Item>
              <Descriptions.Item label={t('tasks.status')}>
                <StatusTag task={conflict} />
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.dueDate')}>
                {formatDate(conflict.dueDate ?? conflict.dueAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.progress')}>{conflict.progressPercent}%</Descriptions.Item>
            </Descriptions>
          }
        />
      )}
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      {children}
      <Button type="primary" danger={danger} htmlType="submit" loading={mutation.isPending}>
        {submitLabel}
      </Button>
    </Form>
  );
}

function required(t: TFunction, field: string) {
  return [{ required: true, whitespace: true, message: t('common.required', { field: field.toLowerCase() }) }];
}

/** The forms for what the signed-in user may do on this task, one tab each. */
export function TaskActions({ task }: { task: Task }) {
  const { t } = useTranslation();
  const id = task.id;
  const path = { path: { id } };
  const actions = allowedActions(task);

  const forms: Partial<Record<TaskAction, ReactNode>> = {
    progress: (
      <ActionForm<{ percent: number; note: string }>
        name="progress"
        task={task}
        submitLabel={t('actions.submit')}
        initialValues={{ percent: task.progressPercent }}
        send={(v) =>
          call(
            api.POST('/api/tasks/{id}/progress', {
              params: path,
              body: { percent: v.percent, completed: false, note: v.note },
            }),
          )
        }
      >
        <Form.Item
          name="percent"
          label={t('actions.percent')}
          rules={[{ required: true, message: t('common.required', { field: t('actions.percent') }) }]}
        >
          <InputNumber min={0} max={99} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="note" label={t('actions.noteText')} rules={required(t, t('actions.noteText'))}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </ActionForm>
    ),
    complete: (
      <ActionForm<{ completedOn: Dayjs; result: string; difficulties?: string; attachments?: UploadFile[] }>
        name="complete"
        task={task}
        submitLabel={t('actions.complete')}
        initialValues={{ completedOn: dayjs(today()) }}
        send={(v) =>
          call(
            api.POST('/api/tasks/{id}/progress', {
              params: path,
              body: {
                percent: 100,
                completed: true,
                completedOn: toDate(v.completedOn),
                result: v.result,
                difficulties: v.difficulties || undefined,
                attachmentIds: uploadedIds(v.attachments),
              },
            }),
          )
        }
      >
        <Form.Item
          name="completedOn"
          label={t('actions.completedOn')}
          rules={[{ required: true, message: t('common.required', { field: t('actions.completedOn').toLowerCase() }) }]}
        >
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(today()), 'day')} />
        </Form.Item>
        <Form.Item name="result" label={t('actions.result')} rules={required(t, t('actions.result'))}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="difficulties" label={t('actions.difficulties')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <EvidenceUpload taskId={id} />
      </ActionForm>
    ),
    confirm: (
      <ActionForm<object>
        name="confirm"
        task={task}
        submitLabel={t('actions.confirm')}
        send={() => call(api.POST('/api/tasks/{id}/confirm', { params: path, body: {} }))}
      >
        <Typography.Paragraph>{t('actions.confirmHint')}</Typography.Paragraph>
      </ActionForm>
    ),
    return: (
      <ActionForm<{ reason: string }>
        name="return"
        task={task}
        danger
        submitLabel={t('actions.return')}
        send={(v) => call(api.POST('/api/tasks/{id}/return', { params: path, body: { reason: v.reason } }))}
      >
        <Form.Item name="reason" label={t('actions.returnReason')} rules={required(t, t('actions.returnReason'))}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </ActionForm>
    ),
    note: (
      <ActionForm<{ note: string }>
        name="note"
        task={task}
        submitLabel={t('actions.submit')}
        send={(v) =>
          call(api.POST('/api/tasks/{id}/progress', { params: path, body: { completed: false, note: v.note } }))
        }
      >
        <Form.Item name="note" label={t('actions.noteText')} rules={required(t, t('actions.noteText'))}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </ActionForm>
    ),
    request_extension: (
      <ActionForm<{ dueDate: Dayjs; reason: string }>
        name="request_extension"
        task={task}
        submitLabel={t('actions.submit')}
        send={(v) =>
          call(
            api.POST('/api/tasks/{id}/extensions', {
              params: path,
              body: { dueDate: toDate(v.dueDate), reason: v.reason },
            }),
          )
        }
      >
        <Form.Item
          name="dueDate"
          label={t('actions.newDueDate')}
          rules={[{ required: true, message: t('common.required', { field: t('actions.newDueDate').toLowerCase() }) }]}
        >
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isBefore(dayjs(task.dueDate ?? today()), 'day')} />
        </Form.Item>
        <Form.Item name="reason" label={t('actions.reason')} rules={required(t, t('actions.reason'))}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </ActionForm>
    ),
    edit: (
      <ActionForm<{
        title: string;
        description?: string;
        dueDate?: Dayjs | null;
        leadDepartmentId: number;
        supportDepartmentIds: number[];
        leaderId?: number | null;
        isKey: boolean;
        deadlineReason?: string;
      }>
        name="edit"
        task={task}
        submitLabel={t('common.save')}
        initialValues={{
          title: task.title,
          description: task.description ?? undefined,
          dueDate: task.dueDate ? dayjs(task.dueDate) : null,
          leadDepartmentId: task.leadDepartmentId,
          supportDepartmentIds: task.supportDepartmentIds,
          leaderId: task.leaderId ?? undefined,
          isKey: task.isKey,
        }}
        send={(v) => {
          const dueDate = toDate(v.dueDate) ?? null;
          return call(
            api.PATCH('/api/tasks/{id}', {
              params: path,
              body: {
                version: task.version,
                title: v.title,
                description: v.description || null,
                leadDepartmentId: v.leadDepartmentId,
                supportDepartmentIds: v.supportDepartmentIds ?? [],
                leaderId: v.leaderId ?? null,
                isKey: v.isKey,
                ...(dueDate !== task.dueDate ? { dueDate, deadlineReason: v.deadlineReason || undefined } : {}),
              },
            }),
          );
        }}
      >
        <Form.Item name="title" label={t('tasks.name')} rules={required(t, t('tasks.name'))}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="description" label={t('tasks.description')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="leadDepartmentId"
          label={t('tasks.lead')}
          rules={[{ required: true, message: t('common.required', { field: t('tasks.lead').toLowerCase() }) }]}
        >
          <DepartmentSelect<number> />
        </Form.Item>
        <Form.Item name="supportDepartmentIds" label={t('tasks.support')}>
          <DepartmentSelect<number[]> mode="multiple" />
        </Form.Item>
        <Form.Item name="leaderId" label={t('tasks.leader')}>
          <LeaderSelect />
        </Form.Item>
        <Form.Item name="dueDate" label={t('tasks.dueDate')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="deadlineReason" label={t('actions.deadlineReason')}>
          <Input />
        </Form.Item>
        <Form.Item name="isKey" valuePropName="checked">
          <Checkbox>{t('tasks.isKey')}</Checkbox>
        </Form.Item>
      </ActionForm>
    ),
    cancel: (
      <ActionForm<{ reason: string }>
        name="cancel"
        task={task}
        danger
        submitLabel={t('actions.cancel')}
        send={(v) => call(api.POST('/api/tasks/{id}/cancel', { params: path, body: { reason: v.reason } }))}
      >
        <Form.Item name="reason" label={t('actions.reason')} rules={required(t, t('actions.reason'))}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </ActionForm>
    ),
  };

  const items = actions.filter((action) => forms[action] !== undefined);
  if (items.length === 0) return <Typography.Text type="secondary">{t('tasks.noActions')}</Typography.Text>;
  return <ActionTabs task={task} items={items} forms={forms} />;
}

/**
 * One tab per action. The tab buttons wrap onto a second line instead of hiding behind a
 * "more" menu, so every action stays in sight and reachable at 360 px; the forms stay mounted,
 * so switching tabs keeps what was typed.
 */
function ActionTabs({
  task,
  items,
  forms,
}: {
  task: Task;
  items: TaskAction[];
  forms: Partial<Record<TaskAction, ReactNode>>;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<TaskAction>(items[0]);
  const active = items.includes(chosen) ? chosen : items[0];
  // A tab's form is built when first opened, then kept (with what was typed) while the user switches.
  const [opened, setOpened] = useState<TaskAction[]>([]);
  if (!opened.includes(active)) setOpened([...opened, active]);
  const id = (action: string, part: string) => `task-${task.id}-${action}-${part}`;
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = items[(index + step + items.length) % items.length];
    setChosen(next);
    document.getElementById(id(next, 'tab'))?.focus();
  };
  return (
    <>
      <div role="tablist" className="action-tabs" aria-label={t('tasks.actions')}>
        {items.map((action, index) => (
          <button
            key={action}
            type="button"
            role="tab"
            id={id(action, 'tab')}
            aria-selected={action === active}
            aria-controls={id(action, 'panel')}
            tabIndex={action === active ? 0 : -1}
            className={action === active ? 'action-tab action-tab-active' : 'action-tab'}
            onClick={() => setChosen(action)}
            onKeyDown={(event) => move(event, index)}
          >
            {t(`actions.${action}`)}
          </button>
        ))}
      </div>
      {items
        .filter((action) => opened.includes(action) || action === active)
        .map((action) => (
          <div
            key={action}
            role="tabpanel"
            id={id(action, 'panel')}
            aria-labelledby={id(action, 'tab')}
            hidden={action !== active}
          >
            {forms[action]}
          </div>
        ))}
    </>
  );
}
