import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar, useNotify } from 'react-admin';
import { PatientInputs } from './PatientInputs';

// A patient with journeys cannot be deleted (409): say why in French rather than the server's raw refusal.
const PatientEditToolbar = () => {
  const notify = useNotify();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteWithConfirmButton
        mutationOptions={{
          onError: (error: unknown) =>
            notify(
              (error as { status?: number } | null)?.status === 409
                ? 'parcours.patients.delete_refused'
                : error instanceof Error
                  ? error.message
                  : 'ra.notification.http_error',
              { type: 'error' },
            ),
        }}
      />
    </Toolbar>
  );
};

// Pessimistic: a refused change must not look saved, and a refused deletion must not make the patient vanish.
export const PatientEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<PatientEditToolbar />}>
      <PatientInputs />
    </SimpleForm>
  </Edit>
);
