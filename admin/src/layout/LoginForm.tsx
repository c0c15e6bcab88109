import { useState } from 'react';
import { Form, PasswordInput, TextInput, email, required, useLogin, useNotify, useTranslate } from 'react-admin';
import Button from '@mui/material/Button';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';

interface LoginValues {
  email: string;
  password: string;
}

const errorMessage = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error';

export const LoginForm = () => {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: Partial<LoginValues>) => {
    setSubmitting(true);
    try {
      await login({ email: values.email, password: values.password });
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate>
      <CardContent sx={{ minWidth: 320 }}>
        <TextInput
          source="email"
          type="email"
          label="parcours.auth.email"
          autoComplete="username"
          autoFocus
          validate={[required(), email()]}
        />
        <PasswordInput
          source="password"
          label="parcours.auth.password"
          autoComplete="current-password"
          validate={required()}
        />
        <Button variant="contained" type="submit" color="primary" disabled={submitting} fullWidth sx={{ mt: 2 }}>
          {submitting ? <CircularProgress size={19} thickness={3} /> : translate('parcours.auth.sign_in')}
        </Button>
      </CardContent>
    </Form>
  );
};
