import { LoadingOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error';
import type { LoginBody } from '../../api/types';
import { useSignIn } from '../../api/use-session';
import { homePath } from '../../app/nav-items';
import { applyFieldErrors } from '../../lib/form-errors';
import { useLanguage } from '../../lib/use-language';
import { DemoAccounts } from './demo-accounts';

/** Username and password; the server's refusal appears under the field it names. */
export function SignInForm({ redirectTo }: { redirectTo: string | undefined }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [form] = Form.useForm<LoginBody>();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [generalError, setGeneralError] = useState<string | null>(null);

  const submit = (values: LoginBody) => {
    if (signIn.isPending) return;
    setGeneralError(null);
    signIn.mutate(values, {
      onSuccess: (user) => navigate(redirectTo ?? homePath(user), { replace: true }),
      onError: (error) => {
        if (!isApiError(error)) return setGeneralError(t('state.unexpected'));
        const placed = applyFieldErrors(form, error, lng, ['username', 'password']);
        if (!placed) setGeneralError(error.messageIn(lng));
      },
    });
  };

  const fill = (username: string, password: string) => {
    form.setFieldsValue({ username, password });
    form.setFields([
      { name: 'username', errors: [] },
      { name: 'password', errors: [] },
    ]);
    setGeneralError(null);
    document.getElementById('sign-in-submit')?.focus();
  };

  return (
    <>
      {generalError && (
        <Alert
          type="error"
          showIcon
          title={t('signIn.failed')}
          description={generalError}
          className="sign-in-alert"
          role="alert"
        />
      )}
      <Form<LoginBody>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        size="large"
        aria-label={t('signIn.title')}
      >
        <Form.Item
          name="username"
          label={t('signIn.username')}
          rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
        >
          <Input
            prefix={<UserOutlined aria-hidden />}
            autoComplete="username"
            placeholder={t('signIn.usernamePlaceholder')}
            autoFocus
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('signIn.password')}
          rules={[{ required: true, message: t('signIn.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
        </Form.Item>
        {/* Note: our own spinner, not antd's `loading`, which could stay on after a fast refusal. */}
        <Button
          id="sign-in-submit"
          type="primary"
          htmlType="submit"
          block
          aria-busy={signIn.isPending}
          icon={signIn.isPending ? <LoadingOutlined aria-hidden /> : undefined}
        >
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
      </Form>
      <DemoAccounts onPick={fill} />
    </>
  );
}
